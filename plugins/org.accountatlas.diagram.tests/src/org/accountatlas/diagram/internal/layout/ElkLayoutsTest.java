package org.accountatlas.diagram.internal.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.junit.jupiter.api.Test;

/** ELK runs inside OSGi and lays a group hierarchy out as a strategist expects it. */
class ElkLayoutsTest {

    private final List<ElkNode> nodes = new ArrayList<>();

    private ElkNode node(ElkNode root, double width) {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setDimensions(width, 40);
        nodes.add(node);
        return node;
    }

    /** A group with three subsidiaries, one of which has two of its own. */
    private ElkNode hierarchy() {
        ElkNode root = ElkGraphUtil.createGraph();
        ElkNode group = node(root, 160);
        for (int i = 0; i < 3; i++) {
            ElkNode subsidiary = node(root, 120 + 10 * i);
            ElkGraphUtil.createSimpleEdge(group, subsidiary);
            if (i == 1) {
                for (int j = 0; j < 2; j++) {
                    ElkGraphUtil.createSimpleEdge(subsidiary, node(root, 100));
                }
            }
        }
        return root;
    }

    private static boolean overlap(ElkNode a, ElkNode b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    @Test
    void topDownEveryParentAboveItsSubsidiariesAndNoTwoNodesOverlap() {
        ElkNode root = hierarchy();
        ElkLayouts.configureLayered(root, Direction.DOWN, 20, 40);
        ElkLayouts.layout(root);
        for (ElkNode a : nodes) {
            for (ElkNode b : nodes) {
                assertFalse(a != b && overlap(a, b), "overlap");
            }
        }
        root.getContainedEdges().forEach(edge -> {
            ElkNode parent = ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0));
            ElkNode child = ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0));
            assertTrue(parent.getY() + parent.getHeight() <= child.getY(), "parent above subsidiary");
            assertFalse(edge.getSections().isEmpty(), "the edge is routed");
        });
        assertTrue(root.getWidth() > 0 && root.getHeight() > 0);
    }

    @Test
    void leftRightPutsSubsidiariesToTheRight() {
        ElkNode root = hierarchy();
        ElkLayouts.configureLayered(root, Direction.RIGHT, 20, 40);
        ElkLayouts.layout(root);
        ElkNode group = nodes.get(0);
        ElkNode subsidiary = nodes.get(1);
        assertTrue(group.getX() + group.getWidth() <= subsidiary.getX(), "subsidiary right of its group");
    }
}
