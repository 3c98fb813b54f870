package org.accountatlas.app.editor;

import java.util.List;
import java.util.function.Supplier;

import org.accountatlas.diagram.scene.ResolvedStyle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A titled table of model objects, editable in place, with Add and Remove. Adding runs the command the page
 * supplies (a new object in the right container) and selects the new row; removing deletes the selected
 * objects with EMF's DeleteCommand, so references to them go too and Undo brings everything back.
 */
final class ObjectTable {

    /** The command that adds a new row, or null when there is nowhere to add one now. */
    interface Adder {
        Command create();
    }

    private final EditorContext context;
    private final Supplier<List<? extends EObject>> rows;
    private final List<Column> columns;
    private final TableViewer viewer;
    private final Section section;
    private final Adder adder;
    private final LocalResourceManager colours;
    private Button add;
    private Button remove;

    ObjectTable(FormToolkit toolkit, Composite parent, EditorContext context, String title,
            Supplier<List<? extends EObject>> rows, List<Column> columns, Adder adder) {
        this.context = context;
        this.rows = rows;
        this.columns = columns;
        this.adder = adder;
        section = toolkit.createSection(parent, Section.TITLE_BAR | Section.EXPANDED);
        section.setText(title);
        section.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).create());
        Composite client = toolkit.createComposite(section);
        client.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).create());
        Table table = toolkit.createTable(client, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).hint(400, 140).span(1, 2).create());
        viewer = new TableViewer(table);
        colours = new LocalResourceManager(JFaceResources.getResources(), table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        columns.forEach(this::addColumn);
        viewer.addSelectionChangedListener(event -> {
            context.select(event.getSelection());
            updateButtons();
        });
        if (adder != null) {
            add = toolkit.createButton(client, Messages.Table_add, SWT.PUSH);
            add.setLayoutData(GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).create());
            add.addListener(SWT.Selection, event -> add());
            remove = toolkit.createButton(client, Messages.Table_remove, SWT.PUSH);
            remove.setLayoutData(GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).create());
            remove.addListener(SWT.Selection, event -> removeSelected());
        }
        section.setClient(client);
        refresh();
    }

    private void addColumn(Column column) {
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
        viewerColumn.getColumn().setText(column.title());
        viewerColumn.getColumn().setWidth(column.width());
        viewerColumn.getColumn().setResizable(true);
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return column.text((EObject) element);
            }

            @Override
            public Color getBackground(Object element) {
                ResolvedStyle style = column.colours((EObject) element);
                return style == null ? null : colour(style.fill());
            }

            @Override
            public Color getForeground(Object element) {
                ResolvedStyle style = column.colours((EObject) element);
                return style == null ? null : colour(style.textColor());
            }
        });
        TableColumn header = viewerColumn.getColumn();
        header.addListener(SWT.Selection, event -> sortBy(column, header));
        viewerColumn.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return column.editor(viewer.getTable(), (EObject) element);
            }

            @Override
            protected boolean canEdit(Object element) {
                return getCellEditor(element) != null;
            }

            @Override
            protected Object getValue(Object element) {
                return column.value((EObject) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                column.set((EObject) element, value);
            }
        });
    }

    private Color colour(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return null;
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return colours.create(ColorDescriptor.createFrom(new RGB(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF)));
    }

    /** A click on a header sorts by that column; a second click on it reverses the order. */
    private void sortBy(Column column, TableColumn header) {
        Table table = viewer.getTable();
        int direction = table.getSortColumn() == header && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
        table.setSortColumn(header);
        table.setSortDirection(direction);
        viewer.setComparator(new ColumnComparator(column, direction == SWT.DOWN));
    }

    void refresh() {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        viewer.setInput(rows.get().toArray());
        updateButtons();
    }

    private void updateButtons() {
        if (add != null) {
            add.setEnabled(adder.create() != null);
            remove.setEnabled(!viewer.getStructuredSelection().isEmpty());
        }
    }

    /** Adds a row as a planner would with the Add button; the new object is selected. */
    EObject add() {
        Command command = adder.create();
        if (command == null || !command.canExecute()) {
            return null;
        }
        context.domain().getCommandStack().execute(command);
        EObject created = (EObject) command.getResult().stream().filter(EObject.class::isInstance).reduce((a, b) -> b)
                .orElse(null);
        refresh();
        if (created != null) {
            viewer.setSelection(new StructuredSelection(created), true);
            viewer.editElement(created, 0);
        }
        return created;
    }

    void removeSelected() {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (!selected.isEmpty()) {
            context.domain().getCommandStack().execute(DeleteCommand.create(context.domain(), selected));
        }
    }

    TableViewer viewer() {
        return viewer;
    }

    List<Column> columns() {
        return columns;
    }
}
