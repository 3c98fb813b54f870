package org.accountatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.OpenAccountEditor;
import org.accountatlas.ui.RepresentationEditorInput;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

/**
 * Walks the running workbench under {@code -nl zh_CN} as a Chinese user meets it: every menu (opened, so
 * contributed items are there), tool bar, view, the explorer's context menu, the account editor's pages, the
 * diagram editor's tool bar and palette, the Properties view with nothing selected and the Preferences dialog.
 * Any label written in Latin letters only fails the test, unless it is a name (of the product, a format, the
 * sample's data) or a unit.
 */
class ChineseWalkTest {

    /**
     * Labels of the IDE workbench the test harness runs in that the product's workbench has not (an E4 model
     * fragment and a tool control without a contributor to trace them by).
     */
    private static final Set<String> HARNESS_LABELS = Set.of("Restart", "Access commands and other items (Ctrl+3)");

    /** Latin words a Chinese user reads as they are: names of the product and of formats, keys, units. */
    private static final Pattern ALLOWED = Pattern.compile(
            "Account Atlas|PNG|SVG|PDF|PowerPoint|CSV|XMI|Ctrl|Shift|Alt|Esc|Space|Tab|Del|Delete|F\\d+|ELK|ISO|CN¥|\\.\\.\\.");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9FFF\\uF900-\\uFAFF\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    /**
     * Bundles the UI test harness adds (Tycho runs tests in the IDE's workbench) that the product does not ship;
     * what they contribute is not what a user of Account Atlas sees.
     */
    private static final Set<String> HARNESS_ONLY = Set.of("org.eclipse.ui.ide", "org.eclipse.ui.ide.application",
            "org.eclipse.ui.editors", "org.eclipse.ui.workbench.texteditor", "org.eclipse.ui.navigator",
            "org.eclipse.ui.navigator.resources", "org.eclipse.text", "org.eclipse.jface.text");

    private final Set<String> offenders = new LinkedHashSet<>();
    private final Set<String> dataNames = new LinkedHashSet<>();

    @Test
    void everyLabelAChineseUserMeetsIsChinese() throws Exception {
        AtlasSession session = OpenedSession.await();
        assertEquals("zh_CN", Platform.getNL());
        session.portfolio().eAllContents().forEachRemaining(o -> {
            if (o instanceof org.accountatlas.model.NamedElement named && named.getName() != null) {
                dataNames.add(named.getName());
            }
        });
        dataNames.add(session.portfolio().getName());
        Account group = session.portfolio().getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团"))
                .findFirst().orElseThrow();
        Ui.call(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            IWorkbenchPage page = window.getActivePage();
            page.resetPerspective();
            check("window title", window.getShell().getText());
            for (MenuItem top : window.getShell().getMenuBar().getItems()) {
                walkMenu("menu", top);
            }
            for (IViewReference view : page.getViewReferences()) {
                check("view", view.getPartName());
            }
            page.showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
            page.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
            AtlasExplorerView explorer = (AtlasExplorerView) page.showView(AtlasExplorerView.ID);
            explorer.viewer().setSelection(new StructuredSelection(), false);
            walkControls("window", window.getShell());

            explorer.viewer().setSelection(new StructuredSelection(group), true);
            Menu context = explorer.viewer().getControl().getMenu();
            walkMenu("explorer context menu", context);

            IEditorPart accountEditor = OpenAccountEditor.open(page, group, true);
            var tabs = (CTabFolder) ((org.eclipse.ui.forms.editor.FormEditor) accountEditor).getActivePageInstance()
                    .getPartControl().getParent();
            for (CTabItem tab : tabs.getItems()) {
                tabs.setSelection(tab);
                tabs.notifyListeners(SWT.Selection, eventFor(tab));
                check("account editor page", tab.getText());
            }
            for (String id : java.util.List.of("overview", "stakeholders", "relations", "competitors", "needs", "plans",
                    "interactions")) {
                ((org.eclipse.ui.forms.editor.FormEditor) accountEditor).setActivePage(id);
                walkControls("account editor › " + id, tabs.getSelection().getControl());
            }
            page.closeEditor(accountEditor, false);

            Representation map = DiagramService.diagramsOf(session.resource()).stream()
                    .filter(r -> r.getTarget() == group && "decision-map".equals(r.getDescription())).findFirst()
                    .orElseThrow();
            IEditorPart diagram = page.openEditor(new RepresentationEditorInput(map), RepresentationEditorInput.EDITOR_ID, true);
            walkControls("diagram editor", diagram.getSite().getShell());
            DiagramService.descriptionOf(map).getLayers().forEach(layer -> check("Layers menu", layer.getLabel()));
            DiagramService.descriptionOf(map).getFilters().forEach(filter -> check("Layers menu", filter.getLabel()));
            page.closeEditor(diagram, false);

            PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(window.getShell(), null, null, null);
            preferences.setBlockOnOpen(false);
            preferences.open();
            check("Preferences", preferences.getShell().getText());
            walkControls("Preferences", preferences.getShell());
            preferences.close();
            return null;
        });
        assertTrue(offenders.isEmpty(), offenders.size() + " labels are not in Chinese:\n" + String.join("\n", offenders));
    }

    private static Event eventFor(CTabItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    private void walkMenu(String where, MenuItem item) {
        if (fromHarness(item)) {
            return;
        }
        check(where, item.getText() + source(item));
        if (item.getMenu() != null) {
            walkMenu(where + " › " + plain(item.getText()), item.getMenu());
        }
    }

    private void walkMenu(String where, Menu menu) {
        if (menu == null) {
            return;
        }
        menu.notifyListeners(SWT.Show, new Event()); // contributed items appear when a menu is about to show
        for (MenuItem child : menu.getItems()) {
            walkMenu(where, child);
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private void walkControls(String where, Control control) {
        if (!control.isVisible() && !(control instanceof Shell)) {
            return;
        }
        check(where + " tooltip", control.getToolTipText());
        if (control instanceof Label label) {
            check(where, label.getText());
        } else if (control instanceof CLabel label) {
            check(where, label.getText());
        } else if (control instanceof Button button) {
            check(where, button.getText());
        } else if (control instanceof ToolBar bar) {
            for (ToolItem item : bar.getItems()) {
                if (fromHarness(item)) {
                    continue;
                }
                check(where + " tool", item.getText());
                check(where + " tool tip", item.getToolTipText() == null ? null : item.getToolTipText() + source(item));
            }
        } else if (control instanceof Table table) {
            for (TableColumn column : table.getColumns()) {
                check(where + " column", column.getText());
            }
        } else if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                check(where + " tab", item.getText());
            }
        } else if (control instanceof org.eclipse.ui.forms.widgets.Section section) {
            check(where + " section", section.getText());
        } else if (control instanceof org.eclipse.swt.widgets.Group group) {
            check(where, group.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                walkControls(where, child);
            }
        }
    }

    /**
     * Whether a bundle only the test harness has contributed the item, as the workbench model records it (read
     * reflectively: the E4 model is not API for us).
     */
    private static boolean fromHarness(org.eclipse.swt.widgets.Widget item) {
        String contributor = contributorOf(item.getData("modelElement"));
        if (contributor == null) {
            contributor = contributorOf(item.getData());
        }
        if (contributor == null) {
            contributor = actionSetBundle(item.getData());
        }
        if (contributor == null) {
            return false;
        }
        for (String bundle : HARNESS_ONLY) {
            if (contributor.contains("/" + bundle + "/") || contributor.endsWith("/" + bundle)
                    || contributor.startsWith(bundle + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Where an item comes from, named after its text ("  ⟨...⟩" is dropped before checking). */
    private static String source(org.eclipse.swt.widgets.Widget item) {
        Object model = item.getData("modelElement") != null ? item.getData("modelElement") : item.getData();
        String contributor = contributorOf(model);
        return model == null || item instanceof MenuItem m && m.getText() == null ? "" : "  ⟨" + model.getClass().getSimpleName() + (contributor == null ? "" : " " + contributor) + "⟩";
    }

    /** The bundle declaring the action set an (IDE-style) action contribution belongs to. */
    private static String actionSetBundle(Object contribution) {
        Object actionSet;
        try {
            actionSet = contribution == null ? null : contribution.getClass().getMethod("getActionSetId").invoke(contribution);
        } catch (ReflectiveOperationException notFromAnActionSet) {
            return null;
        }
        for (var extension : Platform.getExtensionRegistry().getExtensionPoint("org.eclipse.ui.actionSets").getExtensions()) {
            for (var element : extension.getConfigurationElements()) {
                if (String.valueOf(actionSet).equals(element.getAttribute("id"))) {
                    return "/" + extension.getContributor().getName() + "/";
                }
            }
        }
        return null;
    }

    private static String contributorOf(Object model) {
        if (model == null) {
            return null;
        }
        try {
            Object uri = model.getClass().getMethod("getContributorURI").invoke(model);
            return uri instanceof String text ? text : null;
        } catch (ReflectiveOperationException notAModelElement) {
            return null;
        }
    }

    private void check(String where, String text) {
        String shown = text == null ? "" : text.replaceAll("  ⟨.*⟩$", "");
        String plain = plain(shown);
        if (plain.isEmpty() || CJK.matcher(plain).find() || dataNames.contains(plain) || HARNESS_LABELS.contains(plain)) {
            return;
        }
        String rest = ALLOWED.matcher(plain).replaceAll(" ").replaceAll("/\\S+", " "); // paths are data
        for (String name : dataNames) {
            if (name.length() > 2 && rest.contains(name)) {
                rest = rest.replace(name, " ");
            }
        }
        if (LATIN_WORD.matcher(rest).find()) {
            offenders.add(where + ": \"" + plain + "\"" + (text.length() > shown.length() ? text.substring(shown.length()) : ""));
        }
    }

    /** The text without its mnemonic and accelerator ("&Save\tCtrl+S" is "Save"). */
    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        int tab = text.indexOf('\t');
        String withoutAccelerator = tab >= 0 ? text.substring(0, tab) : text;
        return withoutAccelerator.replaceAll("\\(&\\w\\)", "").replace("&", "").strip();
    }
}
