package org.accountatlas.diagram.ui.editor;

import java.util.List;

import org.accountatlas.diagram.description.Filter;
import org.accountatlas.diagram.description.Layer;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The editor's tool bar: layers and filters of the description (switched as commands, so Undo switches them
 * back), arrange, zoom, snap to grid, export.
 */
final class EditorToolbar {

    private final DiagramEditor editor;
    private final ToolBar bar;

    EditorToolbar(Composite parent, DiagramEditor editor) {
        this.editor = editor;
        bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        Representation representation = editor.representation();
        // Always there, even without layers: it also brings back what was deleted from the diagram only.
        ToolItem layers = new ToolItem(bar, SWT.DROP_DOWN);
        layers.setText(Messages.layers);
        layers.setToolTipText(Messages.layersTip);
        layers.addListener(SWT.Selection, e -> layersMenu(layers).setVisible(true));
        new ToolItem(bar, SWT.SEPARATOR);
        DiagramActions actions = new DiagramActions(editor);
        push(Messages.arrangeAll, Messages.arrangeAllTip, () -> editor.execute(editor.edits().arrangeAll(representation), null));
        push(Messages.arrangeSelection, Messages.arrangeSelectionTip, actions::arrangeSelection);
        // Separators between groups: flat tool items of words alone would run together and be clicked amiss.
        new ToolItem(bar, SWT.SEPARATOR);
        push(Messages.pin, Messages.pinTip, () -> actions.pin(true));
        push(Messages.unpin, Messages.unpinTip, () -> actions.pin(false));
        new ToolItem(bar, SWT.SEPARATOR);
        push(Messages.collapse, Messages.collapseTip, () -> actions.collapse(true));
        push(Messages.expand, Messages.expandTip, () -> actions.collapse(false));
        new ToolItem(bar, SWT.SEPARATOR);
        DiagramCanvas canvas = editor.canvas();
        push(Messages.zoomIn, Messages.zoomInTip, () -> canvas.setZoom(canvas.zoom() * 1.25));
        push(Messages.zoomOut, Messages.zoomOutTip, () -> canvas.setZoom(canvas.zoom() / 1.25));
        push("100%", Messages.actualSizeTip, () -> canvas.setZoom(1));
        push(Messages.fit, Messages.fitTip, canvas::zoomToFit);
        new ToolItem(bar, SWT.SEPARATOR);
        ToolItem snap = new ToolItem(bar, SWT.CHECK);
        snap.setText(Messages.snap);
        snap.setToolTipText(Messages.snapTip);
        snap.addListener(SWT.Selection, e -> canvas.setSnapToGrid(snap.getSelection()));
        ToolItem legend = new ToolItem(bar, SWT.CHECK);
        legend.setText(Messages.legend);
        legend.setToolTipText(Messages.legendTip);
        legend.addListener(SWT.Selection, e -> canvas.showLegend(legend.getSelection()));
        new ToolItem(bar, SWT.SEPARATOR);
        push(Messages.export, Messages.exportTip, actions::exportThis);
        push(Messages.copyImage, Messages.copyImageTip, actions::copyAsImage);
    }

    private void push(String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private Menu layersMenu(ToolItem item) {
        Menu menu = new Menu(bar);
        Representation representation = editor.representation();
        for (Layer layer : editor.description().getLayers()) {
            check(menu, layer.getLabel(), representation.getActiveLayers().contains(layer.getName()), layer.getName(), false);
        }
        List<Filter> filters = editor.description().getFilters();
        if (!filters.isEmpty()) {
            if (menu.getItemCount() > 0) {
                new MenuItem(menu, SWT.SEPARATOR);
            }
            for (Filter filter : filters) {
                check(menu, filter.getLabel(), representation.getActiveFilters().contains(filter.getName()), filter.getName(), true);
            }
        }
        if (menu.getItemCount() > 0) {
            new MenuItem(menu, SWT.SEPARATOR);
        }
        MenuItem hidden = new MenuItem(menu, SWT.PUSH);
        hidden.setText(Messages.showHidden);
        hidden.addListener(SWT.Selection, e -> editor.execute(editor.edits().showHidden(representation), null));
        Rectangle bounds = item.getBounds();
        Point at = bar.toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(at);
        return menu;
    }

    private void check(Menu menu, String label, boolean on, String name, boolean filter) {
        MenuItem item = new MenuItem(menu, SWT.CHECK);
        item.setText(label);
        item.setSelection(on);
        item.addListener(SWT.Selection, e -> editor.execute(editor.edits().toggle(editor.representation(), name, filter), null));
    }
}
