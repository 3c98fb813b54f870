package org.accountatlas.diagram.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accountatlas.diagram.description.DescriptionSet;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.NodeMapping;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The shipped descriptions load and fit the model; a wrong one is refused naming each problem. */
class DescriptionsTest {

    @Test
    void theShippedDescriptionsLoadAndFitTheModel() {
        DescriptionSet set = Descriptions.shipped();
        assertEquals(List.of("hierarchy", "decision-map", "reporting-lines"), set.getDiagrams().stream().map(DiagramDescription::getName).toList());
        assertEquals(List.of(), DescriptionCheck.problemsOf(set));
        DiagramDescription map = Descriptions.named(set, "decision-map");
        assertEquals(List.of("reports", "influence", "coverage", "competition"),
                map.getLayers().stream().map(l -> l.getName()).toList());
    }

    @Test
    void aDescriptionNamingWhatTheModelLacksIsRefusedWithEveryProblem() {
        DescriptionSet broken = EcoreUtil.copy(Descriptions.shipped());
        DiagramDescription hierarchy = Descriptions.named(broken, "hierarchy");
        NodeMapping account = hierarchy.getNodeMappings().get(0);
        account.setSemanticCandidates("self | daughters*");
        account.getLabel().setExpression("{name}\n{turnover}");
        account.getConditionalStyles().get(0).getCondition().setFeature("@nonsense");
        hierarchy.getEdgeMappings().get(0).setTargetFeature("children");

        List<String> problems = DescriptionCheck.problemsOf(broken);

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("hierarchy / account: the path 'self | daughters*'"), problems.get(0));
        assertTrue(problems.stream().anyMatch(p -> p.contains("label: Account has no feature 'turnover'")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("condition: no derived value @nonsense")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("hierarchy / ownership: Account has no reference 'children'")));
    }
}
