package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.store.SaveConflict;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Settles the conflicts of a refused save, one choice per conflict. Keeping mine adopts the committed version
 * (so the next save writes over theirs) or, for an element they deleted, inserts it again. Taking theirs drops
 * this client's edit and brings the committed state in.
 */
public final class ConflictResolution {

    private final OpenModel model;
    private final Resource resource;
    private final Map<EObject, RowState> states;

    public ConflictResolution(OpenModel model) {
        this.model = model;
        this.resource = model.resource();
        this.states = model.states();
    }

    public void resolve(Connection connection, Map<SaveConflict, Boolean> keepMine) throws SQLException {
        Map<String, EObject> elements = new LinkedHashMap<>();
        for (SaveConflict conflict : keepMine.keySet()) {
            EObject object = element(conflict.elementId());
            if (object != null) {
                elements.put(conflict.elementId(), object);
            }
        }
        Map<TableMapping, List<String>> ids = new LinkedHashMap<>();
        elements.forEach((id, object) -> ids.computeIfAbsent(model.mapping().table(object.eClass()), t -> new ArrayList<>()).add(id));
        Map<String, StoredRows.Row> committed = ids.isEmpty() ? Map.of() : StoredRows.read(connection, model.dialect(), ids);
        connection.commit();
        Map<String, StoredRows.Row> reload = new HashMap<>();
        model.tracker().untracked(() -> {
            for (Map.Entry<SaveConflict, Boolean> e : keepMine.entrySet()) {
                SaveConflict conflict = e.getKey();
                EObject object = elements.get(conflict.elementId());
                if (object == null) {
                    continue;
                }
                StoredRows.Row row = committed.get(conflict.elementId());
                if (e.getValue()) {
                    keepMine(conflict, object, row);
                } else if (takeTheirs(conflict, object) && row != null) {
                    reload.put(conflict.elementId(), row);
                }
            }
        });
        if (!reload.isEmpty()) {
            new ChangeFeed(model).reload(reload);
        }
    }

    /** The element in memory, or the detached one this client deleted. */
    private EObject element(String id) {
        EObject object = resource.getEObject(id);
        if (object != null) {
            return object;
        }
        for (Map.Entry<EObject, RowState> e : states.entrySet()) {
            if (e.getValue().id().equals(id)) {
                return e.getKey();
            }
        }
        return null;
    }

    private void keepMine(SaveConflict conflict, EObject object, StoredRows.Row row) {
        RowState state = states.get(object);
        if (row != null && state != null) {
            states.put(object, state.withVersion(row.state().version()));
            return;
        }
        if (conflict.kind() == SaveConflict.Kind.EDITED_WHAT_THEY_DELETED) {
            // they deleted it with all it held: this client's copy goes in again, whole
            states.remove(object);
            object.eAllContents().forEachRemaining(states::remove);
            model.tracker().markSubtree(object);
            EObject container = object.eContainer();
            model.tracker().reordered().add(new ChangeTracker.OrderedList(container,
                    container == null ? null : object.eContainmentFeature()));
        }
    }

    /** Drops this client's side; true when the committed row should then be brought in. */
    private boolean takeTheirs(SaveConflict conflict, EObject object) {
        switch (conflict.kind()) {
            case SAME_FEATURE -> {
                model.tracker().forget(object, object.eClass().getEStructuralFeature(conflict.feature()));
                return true;
            }
            case EDITED_WHAT_THEY_DELETED -> {
                model.tracker().forget(object);
                object.eAllContents().forEachRemaining(model.tracker()::forget);
                List<EObject> subtree = new ArrayList<>();
                subtree.add(object);
                object.eAllContents().forEachRemaining(subtree::add);
                EcoreUtil.remove(object);
                subtree.forEach(states::remove);
                return false;
            }
            case DELETED_WHAT_THEY_EDITED -> {
                putBack(object);
                return true;
            }
        }
        return false;
    }

    /** Puts an element this client deleted back where it was stored, with all it held. */
    private void putBack(EObject object) {
        RowState state = states.get(object);
        if (state == null || object.eResource() == resource) {
            return;
        }
        EObject container = state.containerId() == null ? null : resource.getEObject(state.containerId());
        ChangeFeed.place(resource, states, object, container, state);
        forgetSubtree(object);
    }

    private void forgetSubtree(EObject object) {
        model.tracker().forget(object);
        object.eAllContents().forEachRemaining(model.tracker()::forget);
    }
}
