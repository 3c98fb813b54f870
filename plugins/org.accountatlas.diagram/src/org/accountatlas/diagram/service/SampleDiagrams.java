package org.accountatlas.diagram.service;

import org.accountatlas.diagram.sync.Synchronizer;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.description.DescriptionSet;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;

/**
 * The diagrams a new sample database comes with: the hierarchy of every group and the decision-maker map
 * of every key account (key strategic or key tier). They are laid out when first exported or opened.
 */
public final class SampleDiagrams {

    private SampleDiagrams() {
    }

    /** The sample's diagrams, synchronised but not laid out (the caller lays them out). */
    public static List<Representation> of(Portfolio portfolio) {
        DescriptionSet descriptions = Descriptions.shipped();
        DiagramDescription hierarchy = Descriptions.named(descriptions, "hierarchy");
        DiagramDescription decisionMap = Descriptions.named(descriptions, "decision-map");
        List<Representation> diagrams = new ArrayList<>();
        for (Account account : portfolio.getAccounts()) {
            if (account.getParent() == null && !account.getSubsidiaries().isEmpty()) {
                diagrams.add(Synchronizer.create(hierarchy, account, account.getName() + " · " + hierarchy.getLabel()));
            }
        }
        for (Account account : portfolio.getAccounts()) {
            if ((account.getTier() == PyramidTier.KEY_STRATEGIC || account.getTier() == PyramidTier.KEY)
                    && !account.getOrgUnits().isEmpty()) {
                diagrams.add(Synchronizer.create(decisionMap, account, account.getName() + " · " + decisionMap.getLabel()));
            }
        }
        return diagrams;
    }
}
