package org.accountatlas.store.internal;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What the database holds for one object as last committed: its id, the list it is in (container id and
 * containment feature, both null for a root), its position there, and the row's version (raised by every
 * committed change, so a save can tell whether another client changed the row since it was read). Positions only need to grow along a
 * list, so they keep gaps and an insertion or deletion rewrites no sibling.
 */
public record RowState(String id, String containerId, String feature, int pos, int version) {

    static RowState of(EObject object, int pos, int version) {
        EObject container = object.eContainer();
        return container == null ? new RowState(EcoreUtil.getID(object), null, null, pos, version)
                : new RowState(EcoreUtil.getID(object), EcoreUtil.getID(container), object.eContainmentFeature().getName(),
                        pos, version);
    }

    /** The same row as another client committed it later. */
    RowState withVersion(int newVersion) {
        return new RowState(id, containerId, feature, pos, newVersion);
    }

    /** The placement as history records it: container id, feature and position, tab-separated. */
    String placement() {
        return containerId == null ? "\t\t" + pos : containerId + "\t" + feature + "\t" + pos;
    }

    /** True when the object is still in the list this state was stored in. */
    boolean isInSameList(EObject object) {
        EObject container = object.eContainer();
        if (container == null) {
            return containerId == null;
        }
        return Objects.equals(containerId, EcoreUtil.getID(container))
                && object.eContainmentFeature().getName().equals(feature);
    }
}
