package org.accountatlas.diagram.ui.editor;

import org.eclipse.osgi.util.NLS;

/** The diagram editor's words; translations in messages_zh.properties. */
final class Messages extends NLS {

    public static String select;
    public static String selectTip;
    public static String createTip;
    public static String lineTip;
    public static String layers;
    public static String layersTip;
    public static String arrangeAll;
    public static String arrangeAllTip;
    public static String arrangeSelection;
    public static String arrangeSelectionTip;
    public static String pin;
    public static String pinTip;
    public static String unpin;
    public static String unpinTip;
    public static String collapse;
    public static String collapseTip;
    public static String expand;
    public static String expandTip;
    public static String zoomIn;
    public static String zoomOut;
    public static String zoomInTip;
    public static String zoomOutTip;
    public static String actualSizeTip;
    public static String fit;
    public static String fitTip;
    public static String snap;
    public static String snapTip;
    public static String legend;
    public static String legendTip;
    public static String export;
    public static String exportTip;
    public static String copyImage;
    public static String copyImageTip;
    public static String showHidden;
    public static String delete;
    public static String selectAll;
    public static String rename;
    public static String openInEditor;
    public static String deleteFromDiagram;
    public static String deleteFromModel;
    public static String deleteTitle;
    public static String deleteQuestion;
    public static String deleteConfirm;
    public static String copied;
    public static String cannotCreateHere;
    public static String cannotConnect;
    public static String cannotReconnect;
    public static String emptyName;

    static {
        NLS.initializeMessages("org.accountatlas.diagram.ui.editor.messages", Messages.class);
    }

    private Messages() {
    }
}
