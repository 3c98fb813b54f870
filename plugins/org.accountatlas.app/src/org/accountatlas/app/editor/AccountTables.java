package org.accountatlas.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountPlan;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.AtlasPackage.Literals;
import org.accountatlas.model.Contact;
import org.accountatlas.model.NamedElement;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** What the table pages of the account editor show: which objects, which columns, where Add puts a new one. */
final class AccountTables {

    private AccountTables() {
    }

    static List<ObjectTable> stakeholders(FormToolkit toolkit, Composite body, EditorContext context, Account account) {
        List<Column> columns = new ArrayList<>(features(context, 120, Literals.NAMED_ELEMENT__NAME,
                Literals.CONTACT__TITLE));
        columns.add(new OrgUnitColumn(context, account));
        columns.addAll(features(context, 110, Literals.CONTACT__REPORTS_TO, Literals.CONTACT__BUYING_ROLE,
                Literals.CONTACT__INFLUENCE, Literals.CONTACT__ATTITUDE, Literals.CONTACT__FAVOURED_COMPETITOR,
                Literals.CONTACT__STATUS));
        columns.add(new CoverageColumn(account));
        ObjectTable[] table = new ObjectTable[1];
        table[0] = new ObjectTable(toolkit, body, context,
                org.eclipse.osgi.util.NLS.bind(Messages.Stakeholders_title, account.getName()),
                () -> ModelQueries.contactsOf(account), columns, () -> addContact(context.domain(), account, table[0]));
        return List.of(table[0]);
    }

    /** A new contact goes to the org unit of the selected one, else the first; without any, to a new one. */
    private static Command addContact(EditingDomain domain, Account account, ObjectTable table) {
        Contact contact = AtlasFactory.eINSTANCE.createContact();
        contact.setName(typeName("Contact"));
        OrgUnit unit = null;
        if (table != null && table.viewer().getStructuredSelection().getFirstElement() instanceof Contact selected
                && selected.eContainer() instanceof OrgUnit selectedUnit) {
            unit = selectedUnit;
        } else if (!account.getOrgUnits().isEmpty()) {
            unit = account.getOrgUnits().get(0);
        }
        if (unit != null) {
            return AddCommand.create(domain, unit, Literals.ORG_UNIT__CONTACTS, contact);
        }
        OrgUnit unassigned = AtlasFactory.eINSTANCE.createOrgUnit();
        unassigned.setName(Messages.Stakeholders_unassigned);
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
        command.append(AddCommand.create(domain, account, Literals.ACCOUNT__ORG_UNITS, unassigned));
        command.append(AddCommand.create(domain, unassigned, Literals.ORG_UNIT__CONTACTS, contact));
        return command;
    }

    static List<ObjectTable> relations(FormToolkit toolkit, Composite body, EditorContext context, Account account) {
        return List.of(
                table(toolkit, body, context, Messages.Relations_influences, account, Literals.ACCOUNT__INFLUENCES,
                        Literals.INFLUENCE__SOURCE, Literals.INFLUENCE__TARGET, Literals.INFLUENCE__KIND,
                        Literals.INFLUENCE__STRENGTH),
                table(toolkit, body, context, Messages.Relations_coverage, account, Literals.ACCOUNT__COVERAGES,
                        Literals.COVERAGE__TEAM_MEMBER, Literals.COVERAGE__CONTACT, Literals.COVERAGE__CURRENT_LEVEL,
                        Literals.COVERAGE__DESIRED_LEVEL, Literals.COVERAGE__LAST_MEETING));
    }

    static List<ObjectTable> competitors(FormToolkit toolkit, Composite body, EditorContext context, Account account) {
        return List.of(table(toolkit, body, context, Messages.Competitors_positions, account,
                Literals.ACCOUNT__COMPETITOR_POSITIONS, Literals.COMPETITOR_POSITION__COMPETITOR,
                Literals.COMPETITOR_POSITION__SHARE, Literals.COMPETITOR_POSITION__RELATIONSHIP_AND_BUSINESS,
                Literals.COMPETITOR_POSITION__CAPABILITIES_AND_RESOURCES, Literals.COMPETITOR_POSITION__STRATEGY,
                Literals.COMPETITOR_POSITION__STRENGTHS_AND_WEAKNESSES, Literals.COMPETITOR_POSITION__CUSTOMER_VIEW,
                Literals.COMPETITOR_POSITION__LIFECYCLE));
    }

    static List<ObjectTable> needs(FormToolkit toolkit, Composite body, EditorContext context, Account account) {
        return List.of(
                table(toolkit, body, context, Messages.Needs_needs, account, Literals.ACCOUNT__NEEDS,
                        Literals.NEED__DESCRIPTION, Literals.NEED__PRIORITY, Literals.NEED__KIND),
                table(toolkit, body, context, Messages.Needs_opportunities, account, Literals.ACCOUNT__OPPORTUNITIES,
                        Literals.NAMED_ELEMENT__NAME, Literals.OPPORTUNITY__VALUE, Literals.OPPORTUNITY__STAGE,
                        Literals.OPPORTUNITY__CLOSE_DATE));
    }

    /** Plans, and the objectives and actions of the plan selected in the first table (or of the only plan). */
    static List<ObjectTable> plans(FormToolkit toolkit, Composite body, EditorContext context, Account account) {
        ObjectTable plans = table(toolkit, body, context, Messages.Plans_plans, account, Literals.ACCOUNT__PLANS,
                Literals.NAMED_ELEMENT__NAME, Literals.ACCOUNT_PLAN__PERIOD);
        Supplier<EObject> selectedPlan = () -> plans.viewer().getStructuredSelection().getFirstElement()
                instanceof AccountPlan plan && plan.eContainer() == account ? plan
                        : account.getPlans().size() == 1 ? account.getPlans().get(0) : null;
        ObjectTable objectives = table(toolkit, body, context, Messages.Plans_objectives, selectedPlan,
                Literals.ACCOUNT_PLAN__OBJECTIVES, Literals.OBJECTIVE__DESCRIPTION, Literals.OBJECTIVE__MEASURE,
                Literals.OBJECTIVE__TARGET_VALUE);
        ObjectTable actions = table(toolkit, body, context, Messages.Plans_actions, selectedPlan,
                Literals.ACCOUNT_PLAN__ACTIONS, Literals.PLAN_ACTION__DESCRIPTION, Literals.PLAN_ACTION__OWNER,
                Literals.PLAN_ACTION__DUE_DATE, Literals.PLAN_ACTION__STATUS);
        plans.viewer().addSelectionChangedListener(event -> {
            objectives.refresh();
            actions.refresh();
        });
        if (account.getPlans().size() == 1) {
            plans.viewer().getTable().setSelection(0); // shown as selected, without selecting it in the workbench
        }
        return List.of(plans, objectives, actions);
    }

    static List<ObjectTable> interactions(FormToolkit toolkit, Composite body, EditorContext context, Account account) {
        return List.of(
                table(toolkit, body, context, Messages.Interactions_interactions, account, Literals.ACCOUNT__INTERACTIONS,
                        Literals.INTERACTION__DATE, Literals.INTERACTION__KIND, Literals.INTERACTION__NOTES),
                table(toolkit, body, context, Messages.Interactions_complaints, account, Literals.ACCOUNT__COMPLAINTS,
                        Literals.COMPLAINT__RECEIVED, Literals.COMPLAINT__CATEGORY, Literals.COMPLAINT__SEVERITY,
                        Literals.COMPLAINT__STATUS, Literals.COMPLAINT__RESOLVED_DATE, Literals.COMPLAINT__DESCRIPTION));
    }

    private static ObjectTable table(FormToolkit toolkit, Composite body, EditorContext context, String title,
            EObject owner, EReference containment, EStructuralFeature... features) {
        return table(toolkit, body, context, title, () -> owner, containment, features);
    }

    /** A table of the objects in the owner's containment list; Add appends a new one of the list's type. */
    private static ObjectTable table(FormToolkit toolkit, Composite body, EditorContext context, String title,
            Supplier<EObject> owner, EReference containment, EStructuralFeature... features) {
        Supplier<List<? extends EObject>> rows = () -> {
            EObject current = owner.get();
            return current == null ? List.of() : list(current, containment);
        };
        ObjectTable.Adder adder = () -> {
            EObject current = owner.get();
            if (current == null) {
                return null;
            }
            EObject created = EcoreUtil.create(containment.getEReferenceType());
            if (created instanceof NamedElement named) {
                named.setName(typeName(created.eClass().getName()));
            }
            return AddCommand.create(context.domain(), current, containment, created);
        };
        int width = features.length > 5 ? 120 : 160;
        return new ObjectTable(toolkit, body, context, title, rows, features(context, width, features), adder);
    }

    @SuppressWarnings("unchecked")
    private static List<? extends EObject> list(EObject owner, EReference containment) {
        return (List<? extends EObject>) owner.eGet(containment);
    }

    private static List<Column> features(EditorContext context, int width, EStructuralFeature... features) {
        List<Column> columns = new ArrayList<>();
        for (EStructuralFeature feature : features) {
            columns.add(new FeatureColumn(context, feature, width));
        }
        return columns;
    }

    /** "Contact", "联系人": the type's name as EMF.Edit gives it, for a new object's name. */
    private static String typeName(String eClassName) {
        return AtlasEditPlugin.INSTANCE.getString("_UI_" + eClassName + "_type");
    }
}
