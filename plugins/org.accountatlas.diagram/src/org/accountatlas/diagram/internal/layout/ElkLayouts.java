package org.accountatlas.diagram.internal.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/**
 * Runs ELK on a graph: the layered algorithm (Sirius's default too) for hierarchies and decision maps, with
 * nested containers laid out together with their contents. The algorithms are registered here explicitly:
 * ELK finds them through {@code ServiceLoader}, which does not see across OSGi bundles.
 */
public final class ElkLayouts {

    private static volatile boolean registered;

    private ElkLayouts() {
    }

    private static void register() {
        if (!registered) {
            synchronized (ElkLayouts.class) {
                if (!registered) {
                    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
                            new MrTreeMetaDataProvider());
                    registered = true;
                }
            }
        }
    }

    /** Sets the options of a layered layout in the given direction on the root; nodes keep their sizes. */
    public static void configureLayered(ElkNode root, Direction direction, double nodeSpacing, double layerSpacing) {
        register();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, direction);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeSpacing);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, layerSpacing / 2);
        root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, org.eclipse.elk.core.options.EdgeLabelPlacement.CENTER);
    }

    /** Lays the graph out in place: node positions, container sizes, edge sections. */
    public static void layout(ElkNode root) {
        register();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }
}
