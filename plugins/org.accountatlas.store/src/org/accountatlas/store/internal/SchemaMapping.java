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

    public SchemaMapping(List<EPackage> packages) {
        this.packages = List.copyOf(packages);
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    tables.put(eClass, new TableMapping(eClass));
                }
            }
        }
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
