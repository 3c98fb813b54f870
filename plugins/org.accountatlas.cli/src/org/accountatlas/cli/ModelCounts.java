package org.accountatlas.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.accountatlas.model.AtlasPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** How many objects of each kind a model holds, in the order planners think of them. */
final class ModelCounts {

    private static final AtlasPackage P = AtlasPackage.eINSTANCE;
    private static final Object[][] KINDS = {
        { P.getAccount(), "accounts" }, { P.getOrgUnit(), "org units" }, { P.getContact(), "contacts" },
        { P.getInfluence(), "influences" }, { P.getCoverage(), "coverages" }, { P.getTeamMember(), "team members" },
        { P.getCompetitor(), "competitors" }, { P.getCompetitorPosition(), "competitor positions" },
        { P.getOpportunity(), "opportunities" }, { P.getInteraction(), "interactions" },
        { P.getComplaint(), "complaints" }, { P.getAccountPlan(), "plans" }, { P.getPlanAction(), "plan actions" },
        { P.getNeed(), "needs" } };

    private ModelCounts() {
    }

    static Map<String, Integer> of(Resource resource) {
        Map<EClass, Integer> byClass = new LinkedHashMap<>();
        resource.getAllContents().forEachRemaining(e -> byClass.merge(((EObject) e).eClass(), 1, Integer::sum));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object[] kind : KINDS) {
            counts.put((String) kind[1], byClass.getOrDefault((EClass) kind[0], 0));
        }
        return counts;
    }
}
