package org.accountatlas.app;

import org.accountatlas.app.imports.ImportWizardAction;
import org.accountatlas.importer.ImportKind;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File (Save, Import, Exit), Edit (Undo, Redo, Copy, Paste, Delete, Rename) and Window (Show View, Reset Perspective, Preferences) menus; the active part supplies what Undo and Redo do. */
final class AtlasActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction exit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction delete;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction rename;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction about;
    private org.eclipse.jface.action.IContributionItem showViews;
    private ImportWizardAction importAccounts;
    private ImportWizardAction importContacts;
    private org.eclipse.jface.action.Action backup;
    private org.eclipse.jface.action.Action openDatabase;
    private org.eclipse.jface.action.Action reviewPack;
    private org.eclipse.jface.action.Action newAccount;
    private org.eclipse.jface.action.Action importOnToolBar;
    private org.eclipse.jface.action.Action exportAll;
    private org.eclipse.jface.action.Action validate;
    private org.eclipse.jface.action.Action dashboard;

    AtlasActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        // The platform's own labels come in English only (no language packs on Maven Central).
        save = register(ActionFactory.SAVE.create(window));
        save.setText(AppMessages.Action_save);
        exit = register(ActionFactory.QUIT.create(window));
        exit.setText(AppMessages.Action_exit);
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        delete.setText(AppMessages.Action_delete);
        copy = register(ActionFactory.COPY.create(window));
        copy.setText(AppMessages.Action_copy);
        paste = register(ActionFactory.PASTE.create(window));
        paste.setText(AppMessages.Action_paste);
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        selectAll.setText(AppMessages.Action_selectAll);
        rename = register(ActionFactory.RENAME.create(window));
        rename.setText(AppMessages.Action_rename);
        preferences = register(ActionFactory.PREFERENCES.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        resetPerspective.setText(AppMessages.Action_resetPerspective);
        showViews = org.eclipse.ui.actions.ContributionItemFactory.VIEWS_SHORTLIST.create(window);
        preferences.setText(AppMessages.Action_preferences);
        about = register(ActionFactory.ABOUT.create(window));
        about.setText(AppMessages.Action_about);
        importAccounts = new ImportWizardAction(window, ImportKind.ACCOUNTS);
        importContacts = new ImportWizardAction(window, ImportKind.CONTACTS);
        backup = new org.accountatlas.app.backup.BackupAction(window);
        openDatabase = new org.accountatlas.app.team.OpenDatabaseAction(window);
        reviewPack = new org.accountatlas.app.review.ReviewPackAction(window);
        newAccount = MainToolBarActions.newAccount(window);
        importOnToolBar = new ImportWizardAction(window, ImportKind.ACCOUNTS);
        importOnToolBar.setImageDescriptor(MainToolBarActions.icon("import"));
        importOnToolBar.setToolTipText(AppMessages.Action_importTip);
        exportAll = MainToolBarActions.exportAll(window);
        validate = MainToolBarActions.validate(window);
        dashboard = MainToolBarActions.dashboard(window);
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    /** The portfolio summary stays in its own field, whichever part is active (part messages come and go). */
    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(new SummaryField());
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(AppMessages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(openDatabase);
        file.add(save);
        file.add(new Separator());
        MenuManager imports = new MenuManager(AppMessages.Menu_import, "import");
        imports.add(importAccounts);
        imports.add(importContacts);
        file.add(imports);
        // The account review pack; then, from the diagram bundle (plugin.xml): the open diagram, every diagram.
        MenuManager exports = new MenuManager(AppMessages.Menu_export, "export");
        exports.add(reviewPack);
        exports.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(exports);
        file.add(backup);
        file.add(new Separator());
        file.add(exit);
        MenuManager edit = new MenuManager(AppMessages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(copy);
        edit.add(paste);
        edit.add(delete);
        edit.add(rename);
        edit.add(selectAll);
        MenuManager windowMenu = new MenuManager(AppMessages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        // A closed view comes back from Show View or Reset Perspective.
        MenuManager showView = new MenuManager(AppMessages.Menu_showView, "showView");
        showView.add(showViews);
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator());
        windowMenu.add(preferences);
        MenuManager help = new MenuManager(AppMessages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(about);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(windowMenu);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }

    /**
     * The tool bar: save, undo and redo with the platform's icons, whatever part is active; then new account,
     * import, export, validate and the portfolio dashboard. Icons only: their tooltips say what they do and never cover a menu.
     */
    @Override
    protected void fillCoolBar(org.eclipse.jface.action.ICoolBarManager coolBar) {
        org.eclipse.jface.action.ToolBarManager tools = new org.eclipse.jface.action.ToolBarManager(
                org.eclipse.swt.SWT.FLAT | org.eclipse.swt.SWT.RIGHT);
        tools.add(save);
        tools.add(new Separator());
        tools.add(undo);
        tools.add(redo);
        tools.add(new Separator());
        tools.add(newAccount);
        tools.add(importOnToolBar);
        tools.add(exportAll);
        tools.add(new Separator());
        tools.add(validate);
        tools.add(dashboard);
        tools.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new org.eclipse.jface.action.ToolBarContributionItem(tools, "main"));
    }
}
