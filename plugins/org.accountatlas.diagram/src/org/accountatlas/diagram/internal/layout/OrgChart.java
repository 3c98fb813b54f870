package org.accountatlas.diagram.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.eclipse.elk.graph.ElkNode;

/**
 * A compact org-chart layout for top-down trees, such as a group's subsidiaries. ELK's layered algorithm puts
 * every node of a level in one row and the root wherever the widest level leaves it: a 1,000-account group
 * came out as a strip of 4:1 with the root in a corner. Here each parent is centred over its children and
 * subtrees are packed against each other; when the children are wider than the chart may be they wrap into
 * rows fed by a trunk on their left; four or more leaves under one parent stand in columns joined by a comb.
 * A parent's lines run as one bus: down from the parent, along the row, and down to each child.
 * <p>
 * The widest row a parent may have is chosen by trying widths from the widest node up to a single row, and
 * keeping the one that gives the smallest drawing whose proportions are those of a page (between 1:1 and 2:1);
 * a chart that fits a slide in single rows keeps them.
 */
public final class OrgChart {

    private static final double SIBLING_GAP = 12;
    private static final double PARENT_GAP = 10;
    private static final double LEAST_DROP = 14;
    private static final double ROW_GAP = 16;
    /** Room left of wrapped rows for the trunk that feeds them. */
    private static final double CHANNEL = 12;
    private static final double SPINE = 10;
    private static final double LEAST_STUB = 14;
    private static final double LEAF_GAP = 10;
    private static final int MIN_LEAVES = 4;
    private static final int MAX_STACKS = 6;
    /** Rows look more like an org chart: stacks must save a fifth of the area to be chosen instead. */
    private static final double ROWS_PREFERRED = 0.8;
    private static final int WIDTHS_TRIED = 28;
    private static final double ROOT_GAP = 36;
    /** A chart no wider than this keeps its children in single rows: it fits a slide as it is. */
    private static final double SMALL = 1_100;

    private final Map<DNode, List<LeafStacks.Link>> below = new LinkedHashMap<>();
    private final Map<DNode, ElkNode> shapes;
    private final Set<DNode> roots = new java.util.LinkedHashSet<>();
    private final Map<DEdge, EdgeRoute> routes = new HashMap<>();
    private final Map<DNode, Block[]> memo = new HashMap<>();
    /** The limits tried, narrowest first; the last is no limit. */
    private double[] ladder;
    private int stepsPerHalf;

    /** What hangs under a parent: a subtree on a drop from the bus, or a stack of subtrees on a spine. */
    private sealed interface Unit permits Subtree, Stack {
        double width();

        double height();
    }

    private record Subtree(LeafStacks.Link link, Block block) implements Unit {
        @Override
        public double width() {
            return block.width;
        }

        @Override
        public double height() {
            return block.height;
        }
    }

    /** Subtrees one under another, right of a spine, each joined to it by a stub to its parent's left side. */
    private record Stack(List<Subtree> items, double stub, double width, double height) implements Unit {
        static Stack of(List<Subtree> items) {
            double stub = LEAST_STUB;
            double width = 0;
            double height = -LEAF_GAP;
            for (Subtree item : items) {
                stub = Math.max(stub, item.link().labelWidth() + 8);
                width = Math.max(width, item.width());
                height += item.height() + LEAF_GAP;
            }
            return new Stack(items, stub, SPINE + stub + width, height);
        }
    }

    private record Placed(Unit unit, double x, double y, int row) {
    }

    /** A laid-out subtree in its own coordinates: the parent's box at (nodeX, 0), its units below. */
    private static final class Block {
        final DNode node;
        final double nodeWidth;
        final double nodeHeight;
        double width;
        double height;
        double nodeX;
        double trunkX;
        final List<Placed> units = new ArrayList<>();
        final List<Double> busY = new ArrayList<>();

        Block(DNode node, ElkNode shape) {
            this.node = node;
            this.nodeWidth = shape.getWidth();
            this.nodeHeight = shape.getHeight();
            this.width = nodeWidth;
            this.height = nodeHeight;
        }

        double area() {
            return width * height;
        }
    }

    private OrgChart(Map<DNode, ElkNode> shapes) {
        this.shapes = shapes;
    }

    /**
     * Whether the shown graph is a forest the org chart can lay out: every node at the top level with nothing
     * inside, at most one line into each, and no cycle.
     */
    public static boolean applies(List<LeafStacks.Link> links, Map<DNode, ElkNode> shapes) {
        if (shapes.isEmpty() || shapes.values().stream().anyMatch(s -> !s.getChildren().isEmpty()
                || s.getParent() == null || s.getParent().getParent() != null)) {
            return false;
        }
        Map<DNode, DNode> parentOf = new HashMap<>();
        for (LeafStacks.Link link : links) {
            if (link.from() == link.to() || parentOf.put(link.to(), link.from()) != null) {
                return false;
            }
        }
        for (DNode start : parentOf.keySet()) {
            Set<DNode> seen = new HashSet<>();
            for (DNode n = start; n != null; n = parentOf.get(n)) {
                if (!seen.add(n)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Places every node (as the ELK shapes' locations, the roots side by side) and routes every link.
     *
     * @return the routes, in layout direction, with their labels' top left corners
     */
    public static Map<DEdge, EdgeRoute> arrange(List<LeafStacks.Link> links, Map<DNode, ElkNode> shapes) {
        OrgChart chart = new OrgChart(shapes);
        Set<DNode> children = new HashSet<>();
        for (LeafStacks.Link link : links) {
            chart.below.computeIfAbsent(link.from(), n -> new ArrayList<>()).add(link);
            children.add(link.to());
        }
        shapes.keySet().stream().filter(n -> !children.contains(n)).forEach(chart.roots::add);
        double widest = shapes.values().stream().mapToDouble(ElkNode::getWidth).max().orElse(0);
        chart.ladder = new double[WIDTHS_TRIED + 1];
        chart.ladder[WIDTHS_TRIED] = Double.MAX_VALUE;
        List<Block> best = chart.lay(WIDTHS_TRIED);
        double single = best.stream().mapToDouble(b -> b.width).max().orElse(0);
        double ratio = Math.max(1, single / widest);
        for (int step = 0; step < WIDTHS_TRIED; step++) {
            chart.ladder[step] = widest * Math.pow(ratio, (double) step / WIDTHS_TRIED);
        }
        chart.stepsPerHalf = Math.max(1, (int) Math.round(WIDTHS_TRIED * Math.log(2) / Math.log(Math.max(2, ratio))));
        double bestScore = single <= SMALL ? 0 : Double.MAX_VALUE;
        for (int step = 0; step < WIDTHS_TRIED && bestScore > 0; step++) {
            List<Block> blocks = chart.lay(step);
            double score = score(blocks);
            if (score < bestScore) {
                bestScore = score;
                best = blocks;
            }
        }
        double x = 0;
        for (Block block : best) {
            chart.place(block, x, 0);
            x += block.width + ROOT_GAP;
        }
        return chart.routes;
    }

    /** The drawing's area, made dearer the further its proportions are from a page's. */
    private static double score(List<Block> blocks) {
        double area = 0;
        Block largest = blocks.get(0);
        for (Block block : blocks) {
            area += (block.width + ROOT_GAP) * (block.height + ROOT_GAP);
            largest = block.width * block.height > largest.width * largest.height ? block : largest;
        }
        double aspect = largest.width / Math.max(1, largest.height);
        double off = Math.max(1, Math.max(aspect / 2, 1 / aspect));
        return area * off * off;
    }

    private List<Block> lay(int step) {
        return roots.stream().map(root -> lay(root, step)).toList();
    }

    /** The subtree's layout for the step's limit, laid out once. */
    private Block lay(DNode node, int step) {
        Block[] known = memo.computeIfAbsent(node, n -> new Block[ladder.length]);
        if (known[step] == null) {
            known[step] = layOut(node, step);
        }
        return known[step];
    }

    /** The steps the children may be laid out at: the parent's limit, half and a third of it. */
    private int[] childSteps(int step) {
        int third = (int) Math.round(stepsPerHalf * Math.log(3) / Math.log(2));
        return java.util.stream.IntStream.of(step, step - stepsPerHalf, step - third).filter(s -> s >= 0).distinct()
                .toArray();
    }

    /**
     * A subtree laid out no wider than the limit if it can be. Unbounded, children go in one row and four or
     * more leaves in a comb; bounded, the smallest of: rows, rows with the leaves in combs, the tall subtrees
     * in a row with the small ones stacked beside them, or stacks.
     */
    private Block layOut(DNode node, int step) {
        List<LeafStacks.Link> links = below.getOrDefault(node, List.of());
        if (links.isEmpty()) {
            return new Block(node, shapes.get(node));
        }
        double limit = ladder[step];
        double drop = LEAST_DROP;
        for (LeafStacks.Link link : links) {
            drop = Math.max(drop, link.labelHeight() + 6);
        }
        if (limit == Double.MAX_VALUE) {
            return arrange(node, natural(links, step), limit, drop);
        }
        Block best = null;
        double bestScore = Double.MAX_VALUE;
        for (int childStep : childSteps(step)) {
            for (List<Unit> units : candidates(links, childStep)) {
                Block block = arrange(node, units, limit, drop);
                double score = score(block, limit) * (units.stream().anyMatch(Stack.class::isInstance) ? 1 : ROWS_PREFERRED);
                if (score < bestScore) {
                    bestScore = score;
                    best = block;
                }
            }
        }
        return best;
    }

    /** Children in one row, four or more leaves in combs. */
    private List<Unit> natural(List<LeafStacks.Link> links, int step) {
        List<Unit> units = new ArrayList<>();
        List<Subtree> leaves = new ArrayList<>();
        for (LeafStacks.Link link : links) {
            Subtree child = new Subtree(link, lay(link.to(), step));
            if (below.containsKey(link.to())) {
                units.add(child);
            } else {
                leaves.add(child);
            }
        }
        if (leaves.size() >= MIN_LEAVES) {
            units.addAll(stacks(leaves, columnsFor(leaves)));
        } else {
            units.addAll(leaves);
        }
        return units;
    }

    /** The arrangements tried for the children laid out at the step. */
    private List<List<Unit>> candidates(List<LeafStacks.Link> links, int step) {
        List<Subtree> children = new ArrayList<>();
        List<Subtree> inner = new ArrayList<>();
        List<Subtree> leaves = new ArrayList<>();
        for (LeafStacks.Link link : links) {
            Subtree child = new Subtree(link, lay(link.to(), step));
            children.add(child);
            (below.containsKey(link.to()) ? inner : leaves).add(child);
        }
        List<List<Unit>> candidates = new ArrayList<>();
        candidates.add(natural(links, step));
        candidates.add(new ArrayList<>(children));
        if (leaves.size() >= 2 && !inner.isEmpty()) {
            List<Unit> mixed = new ArrayList<>(inner);
            mixed.addAll(stacks(leaves, 1));
            candidates.add(mixed);
        }
        double tallest = children.stream().mapToDouble(Subtree::height).max().orElse(0);
        List<Subtree> small = children.stream().filter(child -> child.height() < tallest / 2).toList();
        if (small.size() >= 2) {
            for (int count = 1; count <= Math.min(small.size(), 2); count++) {
                List<Unit> tallAndStacked = new ArrayList<>(children.stream().filter(c -> !small.contains(c)).toList());
                tallAndStacked.addAll(stacks(small, count));
                candidates.add(tallAndStacked);
            }
        }
        for (int count = 1; count <= Math.min(children.size(), MAX_STACKS); count++) {
            candidates.add(new ArrayList<>(stacks(children, count)));
        }
        return candidates;
    }

    /**
     * A block's area, much dearer when it is wider than the limit; narrower than half the limit it costs as much
     * as at half, or every chart would end as a tower of stacks.
     */
    private static double score(Block block, double limit) {
        double width = Math.max(block.width, limit / 2);
        return width * block.height * (block.width > limit ? 100 * block.width / limit : 1);
    }

    /** As many combs as make the leaves about as wide as they are tall. */
    private static int columnsFor(List<Subtree> leaves) {
        double width = Stack.of(leaves).width();
        double height = leaves.stream().mapToDouble(leaf -> leaf.height() + LEAF_GAP).sum();
        return Math.max(1, (int) Math.round(Math.sqrt(height / (width * 1.5))));
    }

    /** The subtrees in order in {@code count} stacks of about equal height. */
    private static List<Stack> stacks(List<Subtree> items, int count) {
        double total = items.stream().mapToDouble(item -> item.height() + LEAF_GAP).sum();
        double target = total / count;
        List<Stack> stacks = new ArrayList<>();
        List<Subtree> current = new ArrayList<>();
        double height = 0;
        for (Subtree item : items) {
            if (!current.isEmpty() && height + item.height() / 2 > target && stacks.size() < count - 1) {
                stacks.add(Stack.of(current));
                current = new ArrayList<>();
                height = 0;
            }
            current.add(item);
            height += item.height() + LEAF_GAP;
        }
        stacks.add(Stack.of(current));
        return stacks;
    }

    /** The units under the node in rows, the node centred over them. */
    private Block arrange(DNode node, List<Unit> units, double limit, double drop) {
        Block block = new Block(node, shapes.get(node));
        List<List<Unit>> rows = rows(units, limit);
        double offset = rows.size() > 1 ? CHANNEL : 0;
        double y = block.nodeHeight + PARENT_GAP;
        double childrenWidth = 0;
        for (int r = 0; r < rows.size(); r++) {
            block.busY.add(y);
            double x = offset;
            double rowHeight = 0;
            for (Unit unit : rows.get(r)) {
                block.units.add(new Placed(unit, x, y + drop, r));
                x += unit.width() + SIBLING_GAP;
                rowHeight = Math.max(rowHeight, unit.height());
            }
            childrenWidth = Math.max(childrenWidth, x - SIBLING_GAP);
            y += drop + rowHeight + ROW_GAP;
        }
        block.height = y - ROW_GAP;
        // A root stands over the middle of its chart, a parent inside it over its row of children.
        boolean root = roots.contains(node);
        double centre = rows.size() > 1 || root ? (offset + childrenWidth) / 2 : centreOfFirstRow(block);
        block.nodeX = centre - block.nodeWidth / 2;
        block.trunkX = CHANNEL / 2;
        if (block.nodeX < 0) {
            double shift = -block.nodeX;
            block.nodeX = 0;
            block.trunkX += shift;
            block.units.replaceAll(p -> new Placed(p.unit(), p.x() + shift, p.y(), p.row()));
            childrenWidth += shift;
        }
        block.width = Math.max(block.nodeX + block.nodeWidth, childrenWidth);
        return block;
    }

    /** The middle between the first and the last unit of a row: their parents' centres, or the stacks' middles. */
    private static double centreOfFirstRow(Block block) {
        double first = Double.NaN;
        double last = 0;
        for (Placed placed : block.units) {
            double centre = placed.x() + (placed.unit() instanceof Stack stack ? stack.width() / 2 : attachX(placed.unit()));
            first = Double.isNaN(first) ? centre : first;
            last = centre;
        }
        return (first + last) / 2;
    }

    /** Where a unit's line arrives, from its left side: the subtree's parent's centre, or the comb's spine. */
    private static double attachX(Unit unit) {
        return unit instanceof Subtree subtree ? subtree.block().nodeX + subtree.block().nodeWidth / 2 : SPINE;
    }

    /**
     * The units in rows no wider than the limit (less the trunk's channel), balanced in width. Wrapped units
     * go tallest first, so that units of like height share a row and rows waste little height.
     */
    private static List<List<Unit>> rows(List<Unit> units, double limit) {
        double total = units.stream().mapToDouble(u -> u.width() + SIBLING_GAP).sum() - SIBLING_GAP;
        if (total <= limit) {
            return List.of(units);
        }
        List<Unit> tallestFirst = new ArrayList<>(units);
        tallestFirst.sort(java.util.Comparator.comparingDouble(Unit::height).reversed());
        List<List<Unit>> greedy = fill(tallestFirst, limit - CHANNEL);
        double widest = units.stream().mapToDouble(Unit::width).max().orElse(0);
        List<List<Unit>> balanced = fill(tallestFirst, Math.max(widest, total / greedy.size()));
        return balanced.size() == greedy.size() ? balanced : greedy;
    }

    private static List<List<Unit>> fill(List<Unit> units, double width) {
        List<List<Unit>> rows = new ArrayList<>();
        List<Unit> row = new ArrayList<>();
        double x = 0;
        for (Unit unit : units) {
            if (!row.isEmpty() && x + unit.width() > width) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(unit);
            x += unit.width() + SIBLING_GAP;
        }
        rows.add(row);
        return rows;
    }

    /** Sets the shapes' locations and the routes of a block laid at (x, y). */
    private void place(Block block, double x, double y) {
        ElkNode shape = shapes.get(block.node);
        shape.setLocation(x + block.nodeX, y);
        double parentX = x + block.nodeX + shape.getWidth() / 2;
        double parentBottom = y + shape.getHeight();
        for (Placed placed : block.units) {
            double bus = y + block.busY.get(placed.row());
            List<double[]> trunk = new ArrayList<>();
            trunk.add(new double[] { parentX, parentBottom });
            trunk.add(new double[] { parentX, y + block.busY.get(0) });
            if (placed.row() > 0) {
                trunk.add(new double[] { x + block.trunkX, y + block.busY.get(0) });
                trunk.add(new double[] { x + block.trunkX, bus });
            }
            double left = x + placed.x();
            double top = y + placed.y();
            if (placed.unit() instanceof Subtree subtree) {
                double attach = left + attachX(subtree);
                List<double[]> points = new ArrayList<>(trunk);
                points.add(new double[] { attach, bus });
                points.add(new double[] { attach, top });
                LeafStacks.Link link = subtree.link();
                routes.put(link.edge(), new EdgeRoute(points, attach + 3, top - link.labelHeight() - 2));
                place(subtree.block(), left, top);
            } else if (placed.unit() instanceof Stack stack) {
                double spine = left + SPINE;
                double itemTop = top;
                for (Subtree item : stack.items()) {
                    double middle = itemTop + item.block().nodeHeight / 2;
                    double itemLeft = spine + stack.stub();
                    List<double[]> points = new ArrayList<>(trunk);
                    points.add(new double[] { spine, bus });
                    points.add(new double[] { spine, middle });
                    points.add(new double[] { itemLeft + item.block().nodeX, middle });
                    LeafStacks.Link link = item.link();
                    routes.put(link.edge(), new EdgeRoute(points, spine + 4, middle - link.labelHeight() - 1));
                    place(item.block(), itemLeft, itemTop);
                    itemTop += item.height() + LEAF_GAP;
                }
            }
        }
    }
}
