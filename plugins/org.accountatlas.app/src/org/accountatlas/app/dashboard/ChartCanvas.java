package org.accountatlas.app.dashboard;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;

import org.accountatlas.charts.AccountChart;
import org.accountatlas.model.Account;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;

/**
 * One chart on screen: drawn by JFreeChart into an image of the canvas's size (again only when the chart or the
 * size changes), its marks answering clicks with their accounts and hovering with their tooltips.
 */
final class ChartCanvas extends Canvas {

    private AccountChart chart;
    private Image image;
    private Point drawnSize;
    private ChartRenderingInfo info;

    ChartCanvas(Composite parent, Consumer<List<Account>> select, Consumer<List<Account>> open) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> {
            ensureDrawn();
            if (image != null) {
                e.gc.drawImage(image, 0, 0);
            }
        });
        addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                select.accept(accountsAt(e.x, e.y));
            }
        });
        addListener(SWT.MouseDoubleClick, e -> open.accept(accountsAt(e.x, e.y)));
        addListener(SWT.MouseMove, e -> {
            ChartEntity entity = entityAt(e.x, e.y);
            String tip = entity == null ? null : entity.getToolTipText();
            if (tip == null ? getToolTipText() != null : !tip.equals(getToolTipText())) {
                setToolTipText(tip);
            }
        });
        addDisposeListener(e -> disposeImage());
    }

    /** Shows another chart (after a filter or an edit). */
    void show(AccountChart shown) {
        this.chart = shown;
        disposeImage();
        redraw();
    }

    AccountChart chart() {
        return chart;
    }

    /** The accounts of the mark at the point, none when there is no mark. */
    List<Account> accountsAt(int x, int y) {
        ChartEntity entity = entityAt(x, y);
        return entity == null || chart == null ? List.of() : chart.accountsAt(entity);
    }

    /** The marks as last drawn, for tests to click on. */
    org.jfree.chart.entity.EntityCollection entities() {
        ensureDrawn();
        return info == null ? null : info.getEntityCollection();
    }

    private ChartEntity entityAt(int x, int y) {
        ensureDrawn();
        return info == null ? null : info.getEntityCollection().getEntity(x, y);
    }

    private void ensureDrawn() {
        Point size = getSize();
        if (chart == null || size.x < 10 || size.y < 10 || (image != null && size.equals(drawnSize))) {
            return;
        }
        disposeImage();
        BufferedImage picture = new BufferedImage(size.x, size.y, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        info = new ChartRenderingInfo();
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, size.x, size.y), info);
        g.dispose();
        image = new Image(getDisplay(), AwtImages.toSwt(picture));
        drawnSize = size;
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
