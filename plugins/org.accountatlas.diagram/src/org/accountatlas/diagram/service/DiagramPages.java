package org.accountatlas.diagram.service;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.sync.Visibility;
import org.accountatlas.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A diagram cut for paper and slides, without touching the diagram itself: an excerpt (the part under one
 * element, folded below a depth) laid out afresh, and tiling: an overview of as many top levels as fit the
 * page, each folded subtree marked with the page it continues on, then a page for each of those subtrees,
 * tiled in turn. Each page is a framed scene; whether a scene fits a page is the caller's to say.
 */
public final class DiagramPages {

    private final DiagramService service;
    private final LocalDate date;

    /** Pages framed (title block and legend) and dated as exports are. */
    public DiagramPages(DiagramService service, LocalDate date) {
        this.service = service;
        this.date = date;
    }

    /**
     * The part of the diagram under the element named {@code from} (all of it when null), folded below {@code
     * depth} levels (none when 0), laid out afresh in a copy; the diagram is not changed.
     */
    public Representation excerpt(Representation original, String from, int depth) {
        return excerpt(original, from == null ? List.of() : List.of(elementNamed(original, from)), depth, Set.of());
    }

    /**
     * A copy of the diagram keeping only what lies under the elements given (everything when there are none),
     * folded below the depth (0: nowhere) and at the elements of {@code folded}, laid out afresh.
     */
    private Representation excerpt(Representation original, List<EObject> from, int depth, Set<EObject> folded) {
        Representation copy = EcoreUtil.copy(original);
        new ResourceImpl().getContents().add(copy);
        if (!from.isEmpty()) {
            List<DNode> starts = allNodes(copy).stream().filter(n -> from.contains(n.getTarget())).toList();
            new Tree(copy).keepOnly(starts);
        }
        Tree tree = new Tree(copy);
        for (DNode node : allNodes(copy)) {
            node.setCollapsed(false);
            node.setPinned(false);
        }
        tree.levels().forEach((node, level) -> {
            if (tree.hasChildren(node) && (depth > 0 && level == depth - 1 || folded.contains(node.getTarget()))) {
                node.setCollapsed(true);
            }
        });
        service.layout(copy, RepresentationLayout.Mode.FULL);
        return copy;
    }

    /** The diagram as framed scenes, each of which {@code fits} the page, or as close as one level allows. */
    public List<Scene> tile(Representation original, String from, Predicate<Scene> fits) {
        List<Plan> plans = new ArrayList<>();
        plan(original, from == null ? List.of() : List.of(elementNamed(original, from)), 0, fits, plans);
        List<Scene> pages = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            pages.add(page(plans.get(i), i + 1, plans.size()));
        }
        return pages;
    }

    /** A page to be: its excerpt, the page it continues from (0: none), and where each folded part goes. */
    private record Plan(Representation excerpt, int from, Map<EObject, Integer> continued) {
    }

    /**
     * Plans the page of what lies under {@code from} and, when it had to be folded, the pages of its folded
     * parts: as many parts to a page as fit together, in their order, so small parts share a page.
     */
    private void plan(Representation original, List<EObject> from, int fromPage, Predicate<Scene> fits,
            List<Plan> plans) {
        Representation whole = excerpt(original, from, 0, Set.of());
        boolean fitsWhole = fits.test(measured(whole));
        if (!fitsWhole && from.size() > 1) {
            from.forEach(part -> plan(original, List.of(part), fromPage, fits, plans));
            return;
        }
        Representation chosen = fitsWhole ? whole : overview(original, from, whole, fits);
        int page = plans.size() + 1;
        Plan plan = new Plan(chosen, fromPage, new LinkedHashMap<>());
        plans.add(plan);
        List<List<EObject>> groups = new ArrayList<>();
        List<EObject> group = new ArrayList<>();
        for (DNode folded : allNodes(chosen)) {
            if (!folded.isCollapsed()) {
                continue;
            }
            List<EObject> bigger = new ArrayList<>(group);
            bigger.add(folded.getTarget());
            if (group.isEmpty() || fits.test(measured(excerpt(original, bigger, 0, Set.of())))) {
                group = bigger;
            } else {
                groups.add(group);
                group = new ArrayList<>(List.of(folded.getTarget()));
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        for (List<EObject> parts : groups) {
            int next = plans.size() + 1;
            parts.forEach(part -> plan.continued().put(part, next));
            plan(original, parts, page, fits, plans);
        }
    }

    /**
     * The top of the tree with its parts below folded, each part at most as many nodes as a page holds, the
     * largest parts first, so pages come out full rather than many and nearly empty. How many nodes a page
     * holds is guessed from how far the whole drawing would have to shrink, then lowered until the top fits.
     */
    private Representation overview(Representation original, List<EObject> from, Representation whole,
            Predicate<Scene> fits) {
        Tree tree = new Tree(whole);
        Map<DNode, Integer> sizes = tree.sizes();
        DNode root = tree.roots().get(0);
        int nodes = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double perPage = Math.max(2, nodes / 4.0);
        for (int attempt = 0; attempt < 12 && perPage >= 2; attempt++, perPage *= 0.7) {
            Set<EObject> folds = tree.foldsFor(root, sizes, (int) perPage);
            if (folds.isEmpty()) {
                continue;
            }
            Representation candidate = excerpt(original, from, 0, folds);
            if (fits.test(measured(candidate))) {
                return candidate;
            }
        }
        return excerpt(original, from, 2, Set.of()); // as close as one level allows
    }

    /**
     * The page as it will be framed, measured with the longest page note it can get, so that a page found to
     * fit still fits once numbered.
     */
    private Scene measured(Representation excerpt) {
        return service.framedScene(excerpt, date, "page 999 of 999 · continued from page 999");
    }

    private Scene page(Plan plan, int number, int count) {
        Scene scene = service.framedScene(plan.excerpt(), date, "page " + number + " of " + count
                + (plan.from() > 0 ? " · continued from page " + plan.from() : ""));
        List<Scene.Box> boxes = new ArrayList<>();
        for (Scene.Box box : scene.boxes()) {
            Integer continues = plan.continued().get(box.target());
            boxes.add(continues == null ? box : box.continuingOn("p. " + continues));
        }
        return new Scene(scene.width(), scene.height(), boxes, scene.lines(), scene.frame());
    }

    /** The diagram's element of that name; an exception names a few that are there. */
    private static EObject elementNamed(Representation representation, String name) {
        List<String> known = new ArrayList<>();
        for (DNode node : allNodes(representation)) {
            if (node.getTarget() instanceof NamedElement named) {
                if (name.equals(named.getName())) {
                    return node.getTarget();
                }
                known.add(named.getName());
            }
        }
        throw new IllegalArgumentException("Nothing named '" + name + "' in the diagram '" + representation.getName()
                + "'; it shows " + known.subList(0, Math.min(5, known.size())) + (known.size() > 5 ? " …" : ""));
    }

    private static List<DNode> allNodes(Representation representation) {
        List<DNode> nodes = new ArrayList<>();
        representation.getNodes().forEach(node -> nodes.addAll(all(node)));
        return nodes;
    }

    private static List<DNode> all(DNode node) {
        List<DNode> nodes = new ArrayList<>();
        nodes.add(node);
        node.getChildren().forEach(child -> nodes.addAll(all(child)));
        return nodes;
    }

    /** The tree a collapse folds (subsidiaries, reporting lines), with containment, over a representation. */
    private static final class Tree {
        private final Representation representation;
        private final Map<DNode, List<DNode>> children = new HashMap<>();
        private final Set<DNode> hasParent = new HashSet<>();

        Tree(Representation representation) {
            this.representation = representation;
            DiagramDescription description = DiagramService.descriptionOf(representation);
            Visibility visibility = new Visibility(description, representation);
            for (DEdge edge : representation.getEdges()) {
                DNode parent = visibility.parentOf(edge);
                if (parent != null) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(visibility.childOf(edge));
                    hasParent.add(visibility.childOf(edge));
                }
            }
        }

        boolean hasChildren(DNode node) {
            return children.containsKey(node);
        }

        /** The level of each node in the tree, roots at 0. */
        Map<DNode, Integer> levels() {
            Map<DNode, Integer> levels = new LinkedHashMap<>();
            Deque<DNode> queue = new ArrayDeque<>();
            for (DNode node : allNodes(representation)) {
                if (!hasParent.contains(node)) {
                    levels.put(node, 0);
                    queue.add(node);
                }
            }
            while (!queue.isEmpty()) {
                DNode node = queue.poll();
                for (DNode child : children.getOrDefault(node, List.of())) {
                    if (levels.putIfAbsent(child, levels.get(node) + 1) == null) {
                        queue.add(child);
                    }
                }
            }
            return levels;
        }

        List<DNode> roots() {
            return allNodes(representation).stream().filter(node -> !hasParent.contains(node)).toList();
        }

        /** How many nodes each subtree holds, itself included. */
        Map<DNode, Integer> sizes() {
            Map<DNode, Integer> sizes = new HashMap<>();
            roots().forEach(root -> size(root, sizes));
            return sizes;
        }

        private int size(DNode node, Map<DNode, Integer> sizes) {
            int size = 1;
            for (DNode child : children.getOrDefault(node, List.of())) {
                size += size(child, sizes);
            }
            sizes.put(node, size);
            return size;
        }

        /**
         * The subtrees to fold so that each holds at most {@code perPage} nodes and what stays above them
         * does too: of the largest subtrees that fit a page, as many as needed, largest first (small ones stay
         * where they are); when the top is still too big, larger parts are folded (they are tiled in turn).
         */
        Set<EObject> foldsFor(DNode root, Map<DNode, Integer> sizes, int perPage) {
            for (int limit = perPage; limit < sizes.get(root); limit *= 2) {
                List<DNode> candidates = new ArrayList<>();
                frontier(root, sizes, limit, candidates);
                candidates.sort((a, b) -> sizes.get(b) - sizes.get(a));
                int shown = sizes.get(root);
                Set<EObject> folds = new HashSet<>();
                for (DNode candidate : candidates) {
                    if (shown <= perPage) {
                        break;
                    }
                    folds.add(candidate.getTarget());
                    shown -= sizes.get(candidate) - 1;
                }
                if (shown <= perPage) {
                    return folds;
                }
            }
            return Set.of();
        }

        /** The largest subtrees of at most {@code limit} nodes (and more than one) under the node. */
        private void frontier(DNode node, Map<DNode, Integer> sizes, int limit, List<DNode> into) {
            for (DNode child : children.getOrDefault(node, List.of())) {
                if (sizes.get(child) <= limit && children.containsKey(child)) {
                    into.add(child);
                } else {
                    frontier(child, sizes, limit, into);
                }
            }
        }

        /** Removes everything but the nodes, what they contain, what lies below them, and their containers. */
        void keepOnly(List<DNode> starts) {
            Set<DNode> keep = new HashSet<>();
            Deque<DNode> queue = new ArrayDeque<>(starts);
            while (!queue.isEmpty()) {
                DNode node = queue.poll();
                for (DNode inside : all(node)) {
                    if (keep.add(inside)) {
                        queue.add(inside);
                    }
                }
                queue.addAll(children.getOrDefault(node, List.of()).stream().filter(c -> !keep.contains(c)).toList());
            }
            for (DNode kept : List.copyOf(keep)) {
                // A person below reports from another department: that department is drawn too, around them.
                for (EObject up = kept.eContainer(); up instanceof DNode container; up = container.eContainer()) {
                    keep.add(container);
                }
            }
            representation.getEdges().removeIf(e -> !keep.contains(e.getSource()) || !keep.contains(e.getTargetNode()));
            prune(representation.getNodes(), keep);
        }

        private static void prune(List<DNode> nodes, Set<DNode> keep) {
            nodes.removeIf(node -> !keep.contains(node));
            nodes.forEach(node -> prune(node.getChildren(), keep));
        }
    }
}
