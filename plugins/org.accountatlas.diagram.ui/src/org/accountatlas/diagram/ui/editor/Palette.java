package org.accountatlas.diagram.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.Tool;
import org.accountatlas.diagram.tools.DiagramTools;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The palette, built from the description's tools: Select, then a creation tool per element a diagram can
 * make (click where it goes), then a line tool per kind of line (drag from one node to another). A tool stays
 * on for one use, then Select comes back; Esc goes back at once. One tool is pressed at a time: the items are
 * check items the palette keeps exclusive itself, since SWT's radio items would make each group between two
 * separators a group of its own.
 */
final class Palette {

    private final ToolBar bar;
    private final Map<ToolItem, Tool> items = new LinkedHashMap<>();
    private final Map<Tool, DiagramElementMapping> tools;
    private final ToolItem select;
    private final DiagramEditor editor;
    private Tool active;

    Palette(Composite parent, DiagramDescription description, DiagramEditor editor) {
        this.editor = editor;
        bar = new ToolBar(parent, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        bar.setLayoutData(GridDataFactory.fillDefaults().grab(false, true).create());
        tools = DiagramTools.paletteOf(description);
        select = radio(Messages.select, null);
        select.setSelection(true);
        new ToolItem(bar, SWT.SEPARATOR);
        tools.forEach((tool, mapping) -> {
            if (!(mapping instanceof EdgeMapping)) {
                radio(tool.getLabel(), tool);
            }
        });
        new ToolItem(bar, SWT.SEPARATOR);
        tools.forEach((tool, mapping) -> {
            if (mapping instanceof EdgeMapping) {
                radio(tool.getLabel(), tool);
            }
        });
    }

    private ToolItem radio(String label, Tool tool) {
        ToolItem item = new ToolItem(bar, SWT.CHECK);
        item.setText(label);
        item.setToolTipText(tool == null ? Messages.selectTip
                : NLS.bind(tools.get(tool) instanceof EdgeMapping ? Messages.lineTip : Messages.createTip, label));
        // A second click on the pressed tool puts it down again: back to Select.
        item.addListener(SWT.Selection, e -> selectTool(item.getSelection() ? tool : null));
        items.put(item, tool);
        return item;
    }

    /** Esc on the canvas puts the palette back on Select too. */
    void attach(DiagramCanvas canvas) {
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE && active != null) {
                selectTool(null);
            }
        });
    }

    private void activate(Tool tool) {
        active = tool;
        DiagramCanvas canvas = editor.canvas();
        canvas.setMode(tool == null ? DiagramCanvas.Mode.SELECT
                : tools.get(tool) instanceof EdgeMapping ? DiagramCanvas.Mode.CONNECT : DiagramCanvas.Mode.CREATE);
        canvas.setFocus();
    }

    /** Turns a tool on (null: Select), as a click on its item does. */
    void selectTool(Tool tool) {
        items.forEach((item, t) -> item.setSelection(t == tool));
        activate(tool);
    }

    /** The item of that label, for tests that click it. */
    ToolItem item(String label) {
        return items.keySet().stream().filter(i -> i.getText().equals(label)).findFirst().orElse(null);
    }

    /** The items pressed now, for tests: always exactly one. */
    long pressedCount() {
        return items.keySet().stream().filter(ToolItem::getSelection).count();
    }

    /** The tool of that label, for tests and key-driven use. */
    Tool tool(String label) {
        return tools.keySet().stream().filter(t -> t.getLabel().equals(label)).findFirst().orElse(null);
    }

    Tool activeTool() {
        if (editor.canvas().mode() == DiagramCanvas.Mode.SELECT && active != null) {
            selectTool(null); // Esc on the canvas went back to Select
        }
        return active;
    }

    DiagramElementMapping mappingOf(Tool tool) {
        return tool == null ? null : tools.get(tool);
    }

    Map<ToolItem, Tool> items() {
        return items;
    }
}
