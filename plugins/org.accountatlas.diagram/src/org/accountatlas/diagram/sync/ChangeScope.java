package org.accountatlas.diagram.sync;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.representation.RepresentationPackage;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;

/**
 * Tells which model changes concern a diagram, so an open diagram synchronises only when something it shows
 * (or could show) changed. A change concerns it when it touches an object the diagram draws, or anything
 * inside one of them (a person inside the account of a decision map, a new subsidiary of a drawn account):
 * every description reads its elements from the drawn objects and their contents.
 */
public final class ChangeScope {

    /** What a set of changes means for one diagram. */
    public enum Effect {
        /** Nothing the diagram shows. */
        NONE,
        /** Only the diagram itself (moves, layers, pins): repaint, no synchronisation. */
        REPRESENTATION,
        /** The model behind the diagram: synchronise. */
        MODEL;

        /** The stronger of the two. */
        public Effect and(Effect other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    private final Representation representation;
    /** What the diagram draws, worked out when first needed after the diagram last changed. */
    private Set<EObject> drawn;

    /** The scope of the representation. */
    public ChangeScope(Representation representation) {
        this.representation = representation;
    }

    /** The strongest effect among the changes. */
    public Effect of(List<Notification> changes) {
        Effect effect = Effect.NONE;
        for (Notification change : changes) {
            effect = effect.and(of(change));
            if (effect == Effect.MODEL) {
                break;
            }
        }
        return effect;
    }

    /** The effect of one change; cheap (a walk up the changed object's containers), so it can follow every one. */
    public Effect of(Notification change) {
        if (!(change.getNotifier() instanceof EObject notifier)) {
            return Effect.NONE; // resource roots: a diagram added or removed is handled by whoever shows it
        }
        if (notifier.eClass().getEPackage() == RepresentationPackage.eINSTANCE) {
            if (belongsHere(notifier)) {
                drawn = null; // nodes may have come or gone
                return Effect.REPRESENTATION;
            }
            return Effect.NONE;
        }
        if (drawn == null) {
            drawn = drawn();
        }
        for (EObject object = notifier; object != null; object = object.eContainer()) {
            if (drawn.contains(object)) {
                return Effect.MODEL;
            }
        }
        return Effect.NONE;
    }

    private boolean belongsHere(EObject element) {
        for (EObject object = element; object != null; object = object.eContainer()) {
            if (object == representation) {
                return true;
            }
        }
        return false;
    }

    /** The model objects the diagram draws, and the one it is drawn for. */
    private Set<EObject> drawn() {
        Set<EObject> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
        if (representation.getTarget() != null) {
            drawn.add(representation.getTarget());
        }
        representation.eAllContents().forEachRemaining(o -> {
            if (o instanceof DElement element && element.getTarget() != null) {
                drawn.add(element.getTarget());
            }
        });
        return drawn;
    }
}
