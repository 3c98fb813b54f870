package org.accountatlas.diagram.testing;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.representation.DNode;

/** The nodes of a diagram level and everything inside them, depth first, for the tests. */
public final class Nodes {

    private Nodes() {
    }

    /** The nodes and, after each, the nodes it contains. */
    public static List<DNode> all(List<DNode> level) {
        List<DNode> all = new ArrayList<>();
        for (DNode node : level) {
            all.add(node);
            all.addAll(all(node.getChildren()));
        }
        return all;
    }
}
