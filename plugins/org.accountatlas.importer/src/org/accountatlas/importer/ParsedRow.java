package org.accountatlas.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;

/** One source row read through the mapping: the values by role and attribute, and what is wrong with it. */
final class ParsedRow {

    final SourceRow source;
    final int order;
    String externalId;
    String name;
    String parentId;
    String parentName;
    String accountId;
    String accountName;
    List<String> unitPath;
    String reportsToId;
    final Map<EAttribute, Object> attributes = new LinkedHashMap<>();
    final List<ImportProblem> problems = new ArrayList<>();

    ParsedRow(SourceRow source, int order) {
        this.source = source;
        this.order = order;
    }

    String where() {
        return source.where();
    }

    boolean isBad() {
        return !problems.isEmpty();
    }
}
