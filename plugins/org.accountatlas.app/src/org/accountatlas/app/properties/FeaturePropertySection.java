package org.accountatlas.app.properties;

import java.util.Set;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * One tab of the tabbed Properties view: the property sheet of the selected element, narrowed to some of its
 * features (all of them when {@link #features()} is empty). Editing is the same as in the plain sheet:
 * EMF.Edit descriptors, so every change is a command. Subclasses name the features; plugin.xml the tabs.
 */
public abstract class FeaturePropertySection extends AdvancedPropertySection {

    /** The contributor id the explorer and the account editor give the tabbed Properties view. */
    public static final String CONTRIBUTOR = org.accountatlas.ui.AccountEditorInput.PROPERTIES_CONTRIBUTOR;

    /** The feature names shown on this tab; empty shows every property. */
    protected abstract Set<String> features();

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
        super.createControls(parent, tabbedPage);
        page.setPropertySourceProvider(this::sourceOf);
    }

    private IPropertySource sourceOf(Object element) {
        AtlasSession session = ActiveSession.get();
        if (!(element instanceof EObject object) || session == null) {
            return null;
        }
        Object source = session.adapterFactory().adapt(object, IItemPropertySource.class);
        if (!(source instanceof IItemPropertySource itemSource)) {
            return null;
        }
        Set<String> names = features();
        return new ItemPropertySourceAdapter(object, itemSource,
                feature -> names.isEmpty() || feature instanceof EStructuralFeature f && names.contains(f.getName()));
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    /** Every property of any element. */
    public static final class All extends FeaturePropertySection {
        @Override
        protected Set<String> features() {
            return Set.of();
        }
    }

    public static final class AccountIdentity extends FeaturePropertySection {
        @Override
        protected Set<String> features() {
            return Set.of("name", "industry", "region", "parent", "ownershipPercent", "externalId");
        }
    }

    public static final class AccountRelationship extends FeaturePropertySection {
        @Override
        protected Set<String> features() {
            return Set.of("status", "tier", "relationshipType", "lifecycleStage", "customerSince", "lostDate",
                    "churnReason", "expectedSatisfaction", "perceivedSatisfaction", "loyalty");
        }
    }

    public static final class AccountFinancials extends FeaturePropertySection {
        @Override
        protected Set<String> features() {
            return Set.of("annualRevenue", "profit", "potentialVolume", "costToServe", "shareOfWallet", "paymentDays",
                    "creditRisk");
        }
    }

    public static final class ContactPerson extends FeaturePropertySection {
        @Override
        protected Set<String> features() {
            return Set.of("name", "title", "email", "phone", "status", "statusDate", "lastContactDate", "externalId");
        }
    }

    public static final class ContactRole extends FeaturePropertySection {
        @Override
        protected Set<String> features() {
            return Set.of("reportsTo", "buyingRole", "influence", "attitude", "favouredCompetitor");
        }
    }
}
