package org.accountatlas.benchmarks;

import static org.accountatlas.benchmarks.Measure.median;
import static org.accountatlas.benchmarks.Measure.timed;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.export.DiagramExporter;
import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.export.Java2DPainter;
import org.accountatlas.diagram.internal.layout.ElkLayouts;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.internal.expressions.EnumLabels;
import org.accountatlas.diagram.sync.Synchronizer;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.scene.SceneBuilder;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.junit.jupiter.api.Test;

/**
 * The diagram pipeline (synchronise, measure and lay out, build the scene, paint) against raw ELK laying out
 * the same graph with the same sizes and options, in the same run; then each export format. Hierarchies of
 * 100, 1,000 and 5,000 accounts; decision maps of 100, 500 and 2,000 people. Medians of 3 after a warm-up.
 */
class DiagramBenchmark {

    private static final int ROUNDS = 3;
    private static final AtlasFactory F = AtlasFactory.eINSTANCE;

    private final Measure.Report report = new Measure.Report();

    @Test
    void pipelineAgainstRawElk() throws Exception {
        report.line("%-22s %8s %9s %7s %9s %8s %8s %8s %6s", "diagram", "raw ELK", "pipeline", "ratio", "+ paint",
                "PNG", "SVG", "PDF", "nodes");
        report.line("(pipeline = synchronise + measure and lay out + scene; + paint = the same, rasterised at 1:1 up to "
                + "50 megapixels; PNG refuses more than 200 megapixels)");
        for (int size : new int[] { 100, 1_000, 5_000 }) {
            run("hierarchy", size, hierarchy(size));
        }
        for (int size : new int[] { 100, 500, 2_000 }) {
            run("decision-map", size, decisionMap(size));
        }
        report.write(Measure.reportFile("diagram"));
    }

    private void run(String type, int size, Account root) throws Exception {
        DiagramDescription description = Descriptions.named(Descriptions.shipped(), type);
        Path out = Files.createTempDirectory("atlas-diagram-benchmark");
        List<Long> raw = new ArrayList<>();
        List<Long> pipeline = new ArrayList<>();
        List<Long> painted = new ArrayList<>();
        Map<ExportFormat, List<Long>> exports = new HashMap<>();
        Scene[] scene = new Scene[1];
        int[] nodes = new int[1];
        for (int round = 0; round <= ROUNDS; round++) {
            long[] phase = new long[3];
            long ours = timed(() -> {
                long t0 = System.nanoTime();
                Representation representation = Synchronizer.create(description, root, type);
                long t1 = System.nanoTime();
                new RepresentationLayout(description, new Java2DMeasurer(), EnumLabels::of)
                        .layout(representation, RepresentationLayout.Mode.FULL);
                long t2 = System.nanoTime();
                scene[0] = new SceneBuilder(description, EnumLabels::of, 20).build(representation);
                long t3 = System.nanoTime();
                phase[0] += t1 - t0;
                phase[1] += t2 - t1;
                phase[2] += t3 - t2;
                paint(scene[0]);
                nodes[0] = scene[0].boxes().size();
            });
            Representation same = Synchronizer.create(description, root, type);
            new RepresentationLayout(description, new Java2DMeasurer(), EnumLabels::of)
                    .layout(same, RepresentationLayout.Mode.FULL);
            ElkNode graph = elkGraphOf(description, same);
            long elk = timed(() -> ElkLayouts.layout(graph));
            Map<ExportFormat, Long> written = new HashMap<>();
            for (ExportFormat format : ExportFormat.values()) {
                try {
                    written.put(format, timed(() -> DiagramExporter.write(scene[0], format,
                            out.resolve(type + size + "." + format.extension()), 1)));
                } catch (java.io.IOException e) {
                    if (!(e.getCause() instanceof IllegalArgumentException)) {
                        throw e;
                    }
                    written.put(format, -1L); // too many pixels for a PNG: reported as such
                }
            }
            if (round > 0) {
                pipeline.add(phase[0] + phase[1] + phase[2]);
                painted.add(ours);
                raw.add(elk);
                written.forEach((format, time) -> exports.computeIfAbsent(format, f -> new ArrayList<>()).add(time));
            }
        }
        long rawTime = median(raw);
        long pipelineTime = median(pipeline);
        long png = median(exports.get(ExportFormat.PNG));
        report.line("%-22s %6.0f ms %6.0f ms %6.2f× %6.0f ms %8s %5.0f ms %5.0f ms %6d   %.0f × %.0f", type + " " + size,
                rawTime / 1e6, pipelineTime / 1e6, (double) pipelineTime / rawTime, median(painted) / 1e6,
                png < 0 ? "too big" : String.format("%5.0f ms", png / 1e6), median(exports.get(ExportFormat.SVG)) / 1e6,
                median(exports.get(ExportFormat.PDF)) / 1e6, nodes[0], scene[0].width(), scene[0].height());
    }

    /** Rasterises the scene at 1:1, or smaller when it has more than 50 million pixels (as a zoomed-out view). */
    private static void paint(Scene scene) {
        double scale = Math.min(1, Math.sqrt(50e6 / (scene.width() * scene.height())));
        BufferedImage image = new BufferedImage((int) Math.ceil(scene.width() * scale),
                (int) Math.ceil(scene.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            Java2DPainter.paint(scene, g);
        } finally {
            g.dispose();
        }
    }

    /** The graph RepresentationLayout hands ELK, rebuilt with the sizes it measured: what raw ELK is timed on. */
    static ElkNode elkGraphOf(DiagramDescription description, Representation representation) {
        Java2DMeasurer measurer = new Java2DMeasurer();
        ElkNode root = ElkGraphUtil.createGraph();
        ElkLayouts.configureLayered(root, Direction.DOWN, 24, 48);
        Map<DNode, ElkNode> shapes = new HashMap<>();
        for (DNode node : representation.getNodes()) {
            add(node, root, shapes);
        }
        for (DEdge edge : representation.getEdges()) {
            ElkNode from = shapes.get(edge.getSource());
            ElkNode to = shapes.get(edge.getTargetNode());
            if (from != null && to != null) {
                ElkEdge elk = ElkGraphUtil.createSimpleEdge(from, to);
                ElkGraphUtil.updateContainment(elk);
                var mapping = description.getEdgeMappings().stream().filter(m -> m.getName().equals(edge.getMapping()))
                        .findFirst().orElseThrow();
                if (mapping.getLabel() != null) {
                    List<String> lines = org.accountatlas.diagram.internal.expressions.LabelTemplate
                            .parse(mapping.getLabel().getExpression()).render(edge.getTarget(), EnumLabels::of);
                    if (!lines.isEmpty()) {
                        double[] size = measurer.measure(List.of(String.join(" ", lines)),
                                mapping.getLabel().getFontSize(), mapping.getLabel().isBold());
                        ElkGraphUtil.createLabel(elk).setDimensions(size[0] + 4, size[1]);
                    }
                }
            }
        }
        return root;
    }

    private static void add(DNode node, ElkNode parent, Map<DNode, ElkNode> shapes) {
        ElkNode elk = ElkGraphUtil.createNode(parent);
        shapes.put(node, elk);
        if (node.getChildren().isEmpty()) {
            elk.setDimensions(node.getWidth(), node.getHeight());
        } else {
            elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
            node.getChildren().forEach(child -> add(child, elk, shapes));
        }
    }

    /** A group of n accounts in a 4-ary tree. */
    private static Account hierarchy(int n) {
        Portfolio portfolio = F.createPortfolio();
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Account account = F.createAccount();
            account.setName("Account " + i);
            account.setAnnualRevenue(1_000 * (n - i));
            account.setOwnershipPercent(51 + i % 49);
            if (i > 0) {
                account.setParent(accounts.get((i - 1) / 4));
            }
            portfolio.getAccounts().add(account);
            accounts.add(account);
        }
        return accounts.get(0);
    }

    private static Account decisionMap(int n) {
        return decisionMap(F.createPortfolio(), n);
    }

    /** An account of the portfolio with n people in departments of 20, each reporting to the first of their department. */
    static Account decisionMap(Portfolio portfolio, int n) {
        Account account = F.createAccount();
        account.setName("Big customer");
        portfolio.getAccounts().add(account);
        OrgUnit unit = null;
        Contact head = null;
        for (int i = 0; i < n; i++) {
            if (i % 20 == 0) {
                unit = F.createOrgUnit();
                unit.setName("Department " + i / 20);
                account.getOrgUnits().add(unit);
                head = null;
            }
            Contact contact = F.createContact();
            contact.setName("Person " + i);
            contact.setTitle(i % 20 == 0 ? "Head of department" : "Specialist");
            contact.setAttitude(Attitude.get(i % Attitude.VALUES.size()));
            contact.setReportsTo(head);
            unit.getContacts().add(contact);
            if (head == null) {
                head = contact;
            }
        }
        return account;
    }
}
