package org.accountatlas.app.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.ImportKind;
import org.accountatlas.importer.ImportOptions;
import org.accountatlas.importer.Importer;
import org.accountatlas.importer.SourceRow;
import org.accountatlas.importer.SourceTable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** First page: the file (previewed as read), what its rows are, the account for contacts, and the options. */
final class ImportSourcePage extends WizardPage {

    private static final int PREVIEW_ROWS = 20;

    private final ImportRequest request;
    private final List<String> accountNames;
    private Text fileText;
    private Text unitSeparatorText;
    private Button accountsButton;
    private Button contactsButton;
    private Combo accountCombo;
    private Label previewLabel;
    private Table preview;

    ImportSourcePage(ImportRequest request, List<String> accountNames) {
        super("source");
        this.request = request;
        this.accountNames = accountNames;
        setTitle(Messages.Import_sourceTitle);
        setDescription(Messages.Import_sourceDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.Import_file);
        fileText = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fileText);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.Import_browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(page, SWT.NONE).setText(Messages.Import_rowsAre);
        Composite kinds = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(kinds);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(kinds);
        accountsButton = radio(kinds, Messages.Import_accounts, ImportKind.ACCOUNTS);
        contactsButton = radio(kinds, Messages.Import_contacts, ImportKind.CONTACTS);
        new Label(page, SWT.NONE).setText(Messages.Import_account);
        accountCombo = new Combo(page, SWT.DROP_DOWN);
        accountCombo.setItems(accountNames.toArray(String[]::new));
        accountCombo.setToolTipText(Messages.Import_accountTip);
        accountCombo.addListener(SWT.Modify, e -> request.account = accountCombo.getText());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(accountCombo);
        check(page, Messages.Import_skipBadRows, v -> request.skipBadRows = v);
        check(page, Messages.Import_orphansAsRoots, v -> request.orphansAsRoots = v);
        check(page, Messages.Import_monthFirst, v -> request.monthFirst = v);
        new Label(page, SWT.NONE).setText(Messages.Import_duplicates);
        Combo duplicates = new Combo(page, SWT.READ_ONLY);
        duplicates.setItems(Messages.Import_duplicatesFail, Messages.Import_duplicatesFirst, Messages.Import_duplicatesLast);
        duplicates.select(0);
        duplicates.addListener(SWT.Selection,
                e -> request.duplicates = ImportOptions.Duplicates.values()[duplicates.getSelectionIndex()]);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(duplicates);
        new Label(page, SWT.NONE).setText(Messages.Import_unitSeparator);
        unitSeparatorText = new Text(page, SWT.BORDER);
        unitSeparatorText.setToolTipText(Messages.Import_unitSeparatorTip);
        unitSeparatorText.addListener(SWT.Modify, e -> request.unitSeparator = unitSeparatorText.getText());
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).span(2, 1).applyTo(unitSeparatorText);
        previewLabel = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(previewLabel);
        preview = new Table(page, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(700, 260).applyTo(preview);
        fileText.addListener(SWT.Modify, e -> fileChanged());
        if (request.file != null) {
            fileText.setText(request.file.toString());
        }
        showKind();
        setControl(page);
    }

    private Button radio(Composite parent, String text, ImportKind kind) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection()) {
                request.kind = kind;
                showKind();
                validate();
            }
        });
        return button;
    }

    private void check(Composite parent, String text, java.util.function.Consumer<Boolean> setter) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(text);
        button.addListener(SWT.Selection, e -> setter.accept(button.getSelection()));
        GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.json", "*.*" });
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    private void showKind() {
        accountsButton.setSelection(request.kind == ImportKind.ACCOUNTS);
        contactsButton.setSelection(request.kind == ImportKind.CONTACTS);
        accountCombo.setEnabled(request.kind != ImportKind.ACCOUNTS);
        unitSeparatorText.setEnabled(request.kind != ImportKind.ACCOUNTS);
    }

    private void fileChanged() {
        request.tables = List.of();
        preview.removeAll();
        for (TableColumn column : preview.getColumns()) {
            column.dispose();
        }
        previewLabel.setText("");
        String text = fileText.getText().strip();
        if (text.isEmpty() || !Files.isRegularFile(Path.of(text))) {
            request.file = null;
            validate();
            return;
        }
        request.file = Path.of(text);
        try {
            request.tables = Importer.read(request.file);
            ImportKind guessed = request.tables.isEmpty() ? null : Importer.guessKind(request.tables.get(0));
            if (guessed != null) {
                request.kind = guessed;
                showKind();
            }
            showPreview(request.tables.get(0));
            setErrorMessage(null);
        } catch (ImportFailedException e) {
            setErrorMessage(e.getMessage());
        }
        validate();
    }

    private void showPreview(SourceTable table) {
        for (String name : table.header()) {
            TableColumn column = new TableColumn(preview, SWT.LEFT);
            column.setText(name);
        }
        for (SourceRow row : table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()))) {
            TableItem item = new TableItem(preview, SWT.NONE);
            for (int i = 0; i < table.header().size(); i++) {
                item.setText(i, ImportMappingPage.shorten(row.value(i)));
            }
        }
        for (TableColumn column : preview.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), 220));
        }
        int more = request.tables.size() - 1;
        previewLabel.setText(NLS.bind(Messages.Import_preview, new Object[] { table.file(), table.rows().size(),
            more > 0 ? NLS.bind(Messages.Import_moreTables, more) : "" }));
        previewLabel.getParent().layout(true, true);
    }

    private void validate() {
        if (request.file == null) {
            setMessage(Messages.Import_chooseFile);
            setPageComplete(false);
        } else if (request.tables.isEmpty()) {
            setPageComplete(false);
        } else if (request.kind == null) {
            setMessage(Messages.Import_chooseKind);
            setPageComplete(false);
        } else {
            setMessage(null);
            setPageComplete(true);
        }
    }
}
