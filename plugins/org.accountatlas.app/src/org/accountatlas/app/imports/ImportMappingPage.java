package org.accountatlas.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.accountatlas.importer.ColumnMapping;
import org.accountatlas.importer.FieldCatalog;
import org.accountatlas.importer.ImportField;
import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.MappingSpec;
import org.accountatlas.importer.SourceTable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Second page: every column of the file with its first value and the field it fills, as matched by header;
 * the field is a combo the user changes in place. "-" leaves a column out.
 */
final class ImportMappingPage extends WizardPage {

    /** One column of the file and the field it fills. */
    static final class ColumnChoice {
        final String column;
        final String sample;
        String field;

        ColumnChoice(String column, String sample, String field) {
            this.column = column;
            this.sample = sample;
            this.field = field;
        }
    }

    private final ImportRequest request;
    private final List<ColumnChoice> choices = new ArrayList<>();
    private TableViewer viewer;
    private Label intro;
    private Object shownFor;

    ImportMappingPage(ImportRequest request) {
        super("mapping");
        this.request = request;
        setTitle(Messages.Import_mappingTitle);
        setDescription(Messages.Import_mappingDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        intro = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);
        viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 320).applyTo(viewer.getControl());
        column(Messages.Import_columnColumn, 200, c -> c.column);
        column(Messages.Import_columnSample, 240, c -> shorten(c.sample));
        TableViewerColumn field = column(Messages.Import_columnField, 200, c -> label(c.field));
        field.setEditingSupport(new FieldEditing(viewer));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(choices);
        setControl(page);
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<ColumnChoice, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ColumnChoice) element);
            }
        });
        return column;
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && !Objects.equals(shownFor, List.of(request.tables, request.kind))) {
            matchByHeader();
            shownFor = List.of(request.tables, request.kind);
        }
        super.setVisible(visible);
    }

    /** Starts from what the importer matches by itself, so the user only corrects. */
    private void matchByHeader() {
        choices.clear();
        SourceTable table = request.tables.get(0);
        try {
            ColumnMapping mapping = ColumnMapping.resolve(table, request.kindOf(table), new MappingSpec());
            for (int i = 0; i < table.header().size(); i++) {
                String sample = table.rows().isEmpty() ? "" : table.rows().get(0).value(i);
                choices.add(new ColumnChoice(table.header().get(i), sample, mapping.fieldOf(i).name()));
            }
            setErrorMessage(null);
        } catch (ImportFailedException e) {
            setErrorMessage(e.getMessage());
        }
        intro.setText(NLS.bind(Messages.Import_mappingIntro, table.file()));
        viewer.refresh();
        intro.getParent().layout(true, true);
    }

    /** Every column stated explicitly, as the table shows it. */
    MappingSpec mapping() {
        MappingSpec spec = new MappingSpec();
        choices.forEach(c -> spec.map(c.column, c.field));
        return spec;
    }

    List<ColumnChoice> choices() {
        return choices;
    }

    static String shorten(String value) {
        String line = value.replace('\n', ' ').replace('\r', ' ');
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    /** The words for a field as the user reads them: the model's label in the UI language, or the role's. */
    private String label(String field) {
        if (ImportField.IGNORE.name().equals(field)) {
            return Messages.Import_fieldLeftOut;
        }
        ImportField found = FieldCatalog.field(request.kindOf(request.tables.get(0)), field).orElse(null);
        if (found == null) {
            return field;
        }
        if (found.attribute() != null) {
            var feature = found.attribute();
            return org.accountatlas.model.provider.AtlasEditPlugin.INSTANCE.getString("_UI_"
                    + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
        }
        return switch (found.role()) {
            case EXTERNAL_ID -> Messages.Import_fieldId;
            case NAME -> Messages.Import_fieldName;
            case PARENT_ID -> Messages.Import_fieldParentId;
            case PARENT_NAME -> Messages.Import_fieldParentName;
            case FIRST_NAME -> Messages.Import_fieldFirstName;
            case LAST_NAME -> Messages.Import_fieldLastName;
            case ACCOUNT_ID -> Messages.Import_fieldAccountId;
            case ACCOUNT_NAME -> Messages.Import_fieldAccountName;
            case UNIT -> Messages.Import_fieldUnit;
            case REPORTS_TO_ID -> Messages.Import_fieldReportsTo;
            default -> field;
        };
    }

    /** The field column: a combo of "-" and the fields of the kind being imported, by their labels. */
    private final class FieldEditing extends EditingSupport {

        FieldEditing(TableViewer viewer) {
            super(viewer);
        }

        private String[] names() {
            List<String> names = new ArrayList<>(List.of(ImportField.IGNORE.name()));
            FieldCatalog.fields(request.kindOf(request.tables.get(0))).forEach(f -> names.add(f.name()));
            return names.toArray(String[]::new);
        }

        @Override
        protected ComboBoxCellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(), java.util.Arrays.stream(names()).map(
                    ImportMappingPage.this::label).toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return List.of(names()).indexOf(((ColumnChoice) element).field);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                ((ColumnChoice) element).field = names()[index];
                viewer.update(element, null);
            }
        }
    }
}
