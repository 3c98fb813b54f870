package org.accountatlas.app.editor;

import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.AtlasPackage.Literals;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

/** Identity, status, financials, satisfaction and credit of the account, beside the values derived from them. */
final class OverviewPage extends AccountPage {

    static final String ID = "overview";

    private FeatureSection identity;
    private FeatureSection status;
    private FeatureSection financials;
    private FeatureSection satisfaction;
    private KpiSection kpis;

    OverviewPage(AccountEditor editor, Account account, EditorContext context) {
        super(editor, ID, Messages.Editor_overview, account, context);
    }

    @Override
    protected void build(FormToolkit toolkit, Composite body, EditorContext context) {
        // Forms wrap text only under TableWrapLayout; a grid would widen the page to the longest label instead.
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.makeColumnsEqualWidth = true;
        layout.horizontalSpacing = 12;
        body.setLayout(layout);
        Composite left = column(toolkit, body);
        Composite right = column(toolkit, body);
        EditorContext previewing = new EditorContext(context.adapterFactory(), context.domain(), context.messages(),
                (object, feature, value) -> kpis.preview(object, feature, value), context.selection());
        identity = new FeatureSection(toolkit, left, previewing, Messages.Section_identity, account,
                List.of(Literals.NAMED_ELEMENT__NAME, Literals.ACCOUNT__INDUSTRY, Literals.ACCOUNT__REGION,
                        Literals.ACCOUNT__OWNERSHIP_PERCENT, Literals.ACCOUNT__EXTERNAL_ID));
        status = new FeatureSection(toolkit, left, previewing, Messages.Section_status, account,
                List.of(Literals.ACCOUNT__STATUS, Literals.ACCOUNT__TIER, Literals.ACCOUNT__RELATIONSHIP_TYPE,
                        Literals.ACCOUNT__LIFECYCLE_STAGE, Literals.ACCOUNT__CUSTOMER_SINCE, Literals.ACCOUNT__LOST_DATE,
                        Literals.ACCOUNT__CHURN_REASON));
        satisfaction = new FeatureSection(toolkit, left, previewing, Messages.Section_satisfaction, account,
                List.of(Literals.ACCOUNT__EXPECTED_SATISFACTION, Literals.ACCOUNT__PERCEIVED_SATISFACTION,
                        Literals.ACCOUNT__LOYALTY));
        kpis = new KpiSection(toolkit, right, account);
        financials = new FeatureSection(toolkit, right, previewing, Messages.Section_financials, account,
                List.of(Literals.ACCOUNT__ANNUAL_REVENUE, Literals.ACCOUNT__PROFIT, Literals.ACCOUNT__POTENTIAL_VOLUME,
                        Literals.ACCOUNT__COST_TO_SERVE, Literals.ACCOUNT__SHARE_OF_WALLET, Literals.ACCOUNT__PAYMENT_DAYS,
                        Literals.ACCOUNT__CREDIT_RISK));
        FeatureSection credit = new FeatureSection(toolkit, right, context, Messages.Section_credit,
                account::getCreditAssessment,
                List.of(Literals.CREDIT_ASSESSMENT__CHARACTER, Literals.CREDIT_ASSESSMENT__CAPACITY,
                        Literals.CREDIT_ASSESSMENT__CAPITAL, Literals.CREDIT_ASSESSMENT__COLLATERAL,
                        Literals.CREDIT_ASSESSMENT__CONDITIONS, Literals.CREDIT_ASSESSMENT__CONTINUITY,
                        Literals.CREDIT_ASSESSMENT__NOTES),
                Messages.Section_creditCreate,
                () -> context.domain().getCommandStack().execute(SetCommand.create(context.domain(), account,
                        Literals.ACCOUNT__CREDIT_ASSESSMENT, AtlasFactory.eINSTANCE.createCreditAssessment())));
        for (FeatureSection section : List.of(identity, status, satisfaction, financials, credit)) {
            refreshes(section::refresh);
        }
        refreshes(kpis::refresh);
    }

    private static Composite column(FormToolkit toolkit, Composite body) {
        Composite column = toolkit.createComposite(body);
        column.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 12).create());
        column.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        return column;
    }

    /** For tests: a field of the form by feature name. */
    FeatureField field(String featureName) {
        for (FeatureSection section : List.of(identity, status, financials, satisfaction)) {
            try {
                return section.field(featureName);
            } catch (java.util.NoSuchElementException notHere) {
                // look in the next section
            }
        }
        throw new IllegalArgumentException(featureName);
    }

    KpiSection kpis() {
        return kpis;
    }
}
