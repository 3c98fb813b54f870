package org.accountatlas.diagram.ui.internal.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.imageio.ImageIO;

import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.export.Java2DPainter;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The screen and the files draw one scene through one {@code ScenePainter}: painted by SWT and by Java2D, the
 * pictures agree within what font rasterisers differ by, and a picture of a changed scene does not.
 */
class PaintersAgreeTest {

    /** Under target/, so both pictures can be looked at after the build. */
    private final Path out = Path.of("target", "painters").toAbsolutePath();

    private static Scene scene(int shift) {
        Portfolio portfolio = SamplePortfolio.build(new Date());
        ResourceImpl resource = new ResourceImpl();
        resource.getContents().add(portfolio);
        Account group = portfolio.getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团")).findFirst()
                .orElseThrow();
        DiagramService service = new DiagramService(new Java2DMeasurer());
        var map = service.create(resource, "decision-map", group, "Buying centre", null);
        map.getNodes().get(0).setX(map.getNodes().get(0).getX() + shift);
        return service.framedScene(map, LocalDate.of(2026, 12, 2));
    }

    private static BufferedImage java2d(Scene scene) {
        BufferedImage image = new BufferedImage((int) Math.ceil(scene.width()), (int) Math.ceil(scene.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Java2DPainter.paint(scene, g);
        g.dispose();
        return image;
    }

    private static BufferedImage swt(Scene scene) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        BufferedImage[] result = new BufferedImage[1];
        display.syncExec(() -> {
            Image image = new Image(display, (int) Math.ceil(scene.width()), (int) Math.ceil(scene.height()));
            GC gc = new GC(image);
            SwtPainter painter = new SwtPainter(display, new Java2DMeasurer());
            try {
                painter.paint(gc, scene, null);
                ImageData data = image.getImageData();
                BufferedImage copy = new BufferedImage(data.width, data.height, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < data.height; y++) {
                    for (int x = 0; x < data.width; x++) {
                        var rgb = data.palette.getRGB(data.getPixel(x, y));
                        copy.setRGB(x, y, rgb.red << 16 | rgb.green << 8 | rgb.blue);
                    }
                }
                result[0] = copy;
            } finally {
                painter.dispose();
                gc.dispose();
                image.dispose();
            }
        });
        return result[0];
    }

    /**
     * Mean difference of grey levels over 8 × 8 blocks, 0 to 255: blocks average the glyph-level differences
     * of two rasterisers away, while a box or a line in another place still shows.
     */
    static double blockDifference(BufferedImage a, BufferedImage b) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        double total = 0;
        int blocks = 0;
        for (int by = 0; by + 8 <= height; by += 8) {
            for (int bx = 0; bx + 8 <= width; bx += 8) {
                total += Math.abs(blockGrey(a, bx, by) - blockGrey(b, bx, by));
                blocks++;
            }
        }
        return total / blocks;
    }

    private static double blockGrey(BufferedImage image, int x0, int y0) {
        double sum = 0;
        for (int y = y0; y < y0 + 8; y++) {
            for (int x = x0; x < x0 + 8; x++) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3.0;
            }
        }
        return sum / 64;
    }

    /** The share of 8 × 8 blocks whose grey levels differ by more than a quarter of the scale. */
    static double differingBlocks(BufferedImage a, BufferedImage b) {
        List<Double> differences = new ArrayList<>();
        for (int by = 0; by + 8 <= Math.min(a.getHeight(), b.getHeight()); by += 8) {
            for (int bx = 0; bx + 8 <= Math.min(a.getWidth(), b.getWidth()); bx += 8) {
                differences.add(Math.abs(blockGrey(a, bx, by) - blockGrey(b, bx, by)));
            }
        }
        return differences.stream().filter(d -> d > 64).count() / (double) differences.size();
    }

    @Test
    void screenAndFileDrawTheSameScene() throws IOException {
        Scene scene = scene(0);
        BufferedImage file = java2d(scene);
        BufferedImage screen = swt(scene);
        BufferedImage moved = java2d(scene(200));
        Files.createDirectories(out);
        ImageIO.write(file, "png", out.resolve("java2d.png").toFile());
        ImageIO.write(screen, "png", out.resolve("swt.png").toFile());

        double same = blockDifference(file, screen);
        double changed = blockDifference(file, moved);
        double sameBlocks = differingBlocks(file, screen);
        double changedBlocks = differingBlocks(file, moved);
        String figures = String.format("SWT vs Java2D: %.2f grey levels, %.3f of blocks; Java2D vs moved: %.2f, %.3f",
                same, sameBlocks, changed, changedBlocks);
        System.out.println(figures);
        // Measured: 0.50 grey levels and no block apart between the painters.
        assertTrue(same < 1 && sameBlocks < 0.002, "the painters disagree: " + figures);
        assertTrue(changed > 2 * same && changedBlocks > 0.005, "a moved department must show: " + figures);
    }
}
