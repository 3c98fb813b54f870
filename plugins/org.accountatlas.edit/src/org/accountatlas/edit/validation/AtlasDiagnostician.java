package org.accountatlas.edit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accountatlas.model.provider.AtlasEditPlugin;
import org.accountatlas.model.provider.AtlasItemProviderAdapterFactory;
import org.accountatlas.model.validation.StoredText;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * Validates models with the model's constraints and names each element the way the workbench shows it
 * ("Contact 王伟"), so a message can be acted on without looking up ids.
 */
public final class AtlasDiagnostician extends Diagnostician {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new AtlasItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final AdapterFactoryItemDelegator labels = new AdapterFactoryItemDelegator(adapterFactory);

    @Override
    public String getObjectLabel(EObject eObject) {
        String label = labels.getText(eObject);
        // A name of 40,000 characters would make the message that long: the start identifies it.
        return label == null || label.isBlank() ? eObject.eClass().getName() : StoredText.shortened(label, 80);
    }

    /**
     * The model's constraints, then what the store and every export can carry: texts XML can hold and that fit
     * a column, numbers that are numbers (no NaN or infinity). A database that already holds such a value
     * says so here, naming the element and the field.
     */
    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, eObject, diagnostics, context);
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            if (attribute.isMany() || attribute.isDerived() || attribute.isTransient()) {
                continue;
            }
            Object value = eObject.eGet(attribute);
            String problem = value instanceof String text ? (attribute.isID() ? StoredText.idProblem(text)
                    : StoredText.problem(text))
                    : value instanceof Double number && !Double.isFinite(number) ? "is " + number + ", not a number"
                    : value instanceof java.util.Date date ? yearProblem(date)
                    : null;
            if (problem != null) {
                valid = false;
                if (diagnostics != null) {
                    diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, "org.accountatlas.edit", 1,
                            getObjectLabel(eObject) + ": " + featureLabel(attribute) + " " + problem,
                            new Object[] { eObject, attribute }));
                }
            }
        }
        return valid;
    }

    private static String featureLabel(EStructuralFeature feature) {
        try {
            return AtlasEditPlugin.INSTANCE.getString(
                    "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
        } catch (java.util.MissingResourceException notOurs) {
            return feature.getName();
        }
    }

    /** Validates every root of the resource; the result's children are the individual problems. */
    public Diagnostic validate(Resource resource) {
        BasicDiagnostic result = new BasicDiagnostic(Diagnostic.OK, "org.accountatlas.edit", 0,
                "Validation of " + resource.getURI(), new Object[] { resource });
        Map<Object, Object> context = createDefaultContext();
        for (EObject root : resource.getContents()) {
            validate(root, result, context);
        }
        return result;
    }

    /** The leaf diagnostics of a validation, in the order they were found. */
    public static List<Diagnostic> problems(Diagnostic diagnostic) {
        List<Diagnostic> problems = new ArrayList<>();
        collect(diagnostic, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                into.add(diagnostic);
            }
            return;
        }
        diagnostic.getChildren().forEach(child -> collect(child, into));
    }

    /** Frees the item providers used for labels. */
    public void dispose() {
        adapterFactory.dispose();
    }

    /** Dates are written with four-digit years everywhere: year 0 or 12345 is a mistake, not a date to keep. */
    private static String yearProblem(java.util.Date date) {
        int year = date.toInstant().atZone(java.time.ZoneOffset.UTC).getYear();
        return year < StoredText.FIRST_YEAR || year > StoredText.LAST_YEAR
                ? "is in the year " + year + "; dates run from " + StoredText.FIRST_YEAR + " to " + StoredText.LAST_YEAR
                : null;
    }
}
