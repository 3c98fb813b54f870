package org.accountatlas.app.dashboard;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** Java2D pictures (JFreeChart draws through Java2D) as SWT image data, for the screen. */
public final class AwtImages {

    private AwtImages() {
    }

    /** The pixels of an RGB image; written row by row, with no per-pixel calls into SWT. */
    public static ImageData toSwt(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
