package org.accountatlas.store.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What the database holds for one object as last committed: its id, the list it is in (container id and
 * feature) and its position there. Positions only need to grow along a list, so they keep gaps and an
 * insertion or deletion rewrites no sibling.
 */
public record RowState(String id, String list, int pos) {

    static String listOf(String containerId, String feature) {
        return containerId == null ? "" : containerId + "/" + feature;
    }

    static String listOf(EObject object) {
        EObject container = object.eContainer();
        return container == null ? "" : listOf(EcoreUtil.getID(container), object.eContainmentFeature().getName());
    }
}
