package org.accountatlas.diagram.ui.export;

import org.eclipse.osgi.util.NLS;

/** The export dialogs' words, in English and Chinese (messages*.properties). */
final class Messages extends NLS {

    public static String pagesTitle;
    public static String pageSize;
    public static String ownSize;
    public static String slide;
    public static String orientation;
    public static String orientationBest;
    public static String landscape;
    public static String portrait;
    public static String onePage;
    public static String tiles;
    public static String previewWorking;
    public static String previewOwnSize;
    public static String previewOnePage;
    public static String previewPages;
    public static String previewWholeFits;

    static {
        NLS.initializeMessages("org.accountatlas.diagram.ui.export.messages", Messages.class);
    }

    private Messages() {
    }
}
