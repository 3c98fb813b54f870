package org.accountatlas.store.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Records which objects changed since the last commit, and which containment lists changed order, so a
 * save writes only those rows. Objects added or removed bring their whole subtree with them.
 */
public final class ChangeTracker extends EContentAdapter {

    /** A containment list whose positions may have shifted; a null container stands for the resource's roots. */
    public record OrderedList(EObject container, EReference feature) {
    }

    private final Set<EObject> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<OrderedList> reordered = new HashSet<>();
    /** Which stored features of each object were set, so a save writes those columns only and can merge. */
    private final Map<EObject, Set<EStructuralFeature>> features = new IdentityHashMap<>();
    private boolean suspended;
    private final Resource resource;
    private final Consumer<Notification> listener;

    /** A tracker of the resource's changes, passing every real (not touch) notification on to the listener. */
    public ChangeTracker(Resource resource, Consumer<Notification> listener) {
        this.resource = resource;
        this.listener = listener;
    }

    public Set<EObject> dirty() {
        return dirty;
    }

    public Set<OrderedList> reordered() {
        return reordered;
    }

    /** The stored features set on the object since the last commit (empty when none, or when it is new). */
    public Set<EStructuralFeature> changedFeatures(EObject object) {
        return features.getOrDefault(object, Set.of());
    }

    /** Forgets the object's own edits (a conflict resolved by taking the other version). */
    public void forget(EObject object) {
        dirty.remove(object);
        features.remove(object);
    }

    /** Forgets one feature's edit of the object; the object stays dirty when it has others. */
    public void forget(EObject object, EStructuralFeature feature) {
        Set<EStructuralFeature> set = features.get(object);
        if (set != null) {
            set.remove(feature);
        }
    }

    /**
     * Applies changes that are not edits of this client (another's committed work brought in): listeners hear
     * them, so views update, but nothing is recorded to be saved.
     */
    public void untracked(Runnable change) {
        boolean was = suspended;
        suspended = true;
        try {
            change.run();
        } finally {
            suspended = was;
        }
    }

    public boolean isEmpty() {
        return dirty.isEmpty() && reordered.isEmpty();
    }

    /** Forgets what a successful commit wrote. */
    public void committed(Collection<EObject> written, Collection<OrderedList> lists) {
        // One by one: Set.removeAll on a List argument is quadratic when the sizes are close.
        for (EObject object : written) {
            dirty.remove(object);
            features.remove(object);
        }
        lists.forEach(reordered::remove);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch()) {
            return;
        }
        listener.accept(notification);
        if (suspended) {
            return;
        }
        Object notifier = notification.getNotifier();
        if (notifier instanceof Resource) {
            if (notification.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS) {
                markValues(notification);
                record(new OrderedList(null, null));
            }
        } else if (notifier instanceof EObject object) {
            Object feature = notification.getFeature();
            if (feature instanceof EReference reference && reference.isContainment()) {
                markValues(notification);
                if (reference.isMany()) {
                    record(new OrderedList(object, reference));
                }
            } else if (feature instanceof EStructuralFeature f && TableMapping.isStored(f)) {
                mark(object);
                features.computeIfAbsent(object, o -> new HashSet<>(4)).add(f);
            }
        }
    }

    private void record(OrderedList list) {
        reordered.add(list);
        resource.setModified(true);
    }

    private void mark(EObject object) {
        dirty.add(object);
        resource.setModified(true);
    }

    private void markValues(Notification notification) {
        switch (notification.getEventType()) {
            case Notification.ADD, Notification.SET, Notification.UNSET -> {
                markSubtree(notification.getNewValue());
                markSubtree(notification.getOldValue());
            }
            case Notification.REMOVE -> markSubtree(notification.getOldValue());
            case Notification.ADD_MANY -> ((Collection<?>) notification.getNewValue()).forEach(this::markSubtree);
            case Notification.REMOVE_MANY -> ((Collection<?>) notification.getOldValue()).forEach(this::markSubtree);
            default -> {
                // MOVE changes positions only: the list is recorded as reordered.
            }
        }
    }

    /** Marks an object and everything it contains, with the lists they hold (their positions are new too). */
    public void markSubtree(Object value) {
        if (value instanceof EObject object) {
            markWithLists(object);
            object.eAllContents().forEachRemaining(this::markWithLists);
        }
    }

    private void markWithLists(EObject object) {
        mark(object);
        for (EReference containment : object.eClass().getEAllContainments()) {
            if (containment.isMany()) {
                record(new OrderedList(object, containment));
            }
        }
    }
}
