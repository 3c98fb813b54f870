package org.accountatlas.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** How the history's elements, fields and stored values read for a user: in conflicts, history and refreshes. */
final class HistoryText {

    private HistoryText() {
    }

    /** What a user calls the element: its name, or its kind and id. */
    static String label(EObject object) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : object.eGet(name);
        return value instanceof String text && !text.isBlank() ? text
                : object.eClass().getName() + " " + EcoreUtil.getID(object);
    }

    static String displayName(String feature) {
        return switch (feature) {
            case HistoryWriter.PLACEMENT -> "(position)";
            case HistoryWriter.CREATED -> "(created)";
            case HistoryWriter.DELETED -> "(deleted)";
            default -> feature;
        };
    }

    /** A stored text as a user reads it: dates as days, references by the target's label. */
    static String display(Resource resource, EClass eClass, String feature, String text) {
        if (text == null) {
            return "";
        }
        EStructuralFeature f = eClass.getEStructuralFeature(feature);
        if (f != null && f.getEType().getInstanceClass() == java.util.Date.class) {
            return Instant.ofEpochMilli(Long.parseLong(text)).toString().substring(0, 10);
        }
        if (f instanceof org.eclipse.emf.ecore.EReference) {
            List<String> labels = new ArrayList<>();
            for (String id : StringLists.split(text)) {
                EObject target = resource.getEObject(id);
                labels.add(target == null ? id : label(target));
            }
            return String.join(", ", labels);
        }
        return text;
    }
}
