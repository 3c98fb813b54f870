package org.accountatlas.store.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * The relational image of the stored EPackages, derived from Ecore alone: one table per concrete class and
 * one shared table of many-valued references. A new class or feature in the model needs no store code.
 */
public final class SchemaMapping {

    static final String REFS_TABLE = "ATLAS_REFS";
    static final String INFO_TABLE = "ATLAS_SCHEMA_INFO";

    private final List<EPackage> packages;
    private final Map<EClass, TableMapping> tables = new LinkedHashMap<>();
    private final EClass historyScope;

    public SchemaMapping(List<EPackage> packages) {
        this(packages, null);
    }

    /** A mapping whose history files each change under the nearest enclosing instance of the scope class. */
    public SchemaMapping(List<EPackage> packages, EClass historyScope) {
        this.packages = List.copyOf(packages);
        this.historyScope = historyScope;
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    tables.put(eClass, new TableMapping(eClass));
                }
            }
        }
    }

    /** The class history groups changes by (an account), or null. */
    public EClass historyScope() {
        return historyScope;
    }

    /** The table of the concrete class of this name, or null. */
    public TableMapping tableNamed(String eClassName) {
        for (TableMapping table : tables.values()) {
            if (table.eClass().getName().equals(eClassName)) {
                return table;
            }
        }
        return null;
    }

    public List<EPackage> packages() {
        return packages;
    }

    public Collection<TableMapping> tables() {
        return tables.values();
    }

    public TableMapping table(EClass eClass) {
        TableMapping mapping = tables.get(eClass);
        if (mapping == null) {
            throw new IllegalArgumentException(eClass.getName() + " is not a class the store keeps");
        }
        return mapping;
    }
}
