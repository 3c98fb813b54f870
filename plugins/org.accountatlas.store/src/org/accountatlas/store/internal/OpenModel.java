package org.accountatlas.store.internal;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * An open database resource as the store's internals work on it: how it speaks SQL, how the model maps to
 * tables, the objects in memory with their committed rows, and the edits not saved yet.
 */
public record OpenModel(SqlDialect dialect, SchemaMapping mapping, Resource resource, Map<EObject, RowState> states,
        ChangeTracker tracker) {
}
