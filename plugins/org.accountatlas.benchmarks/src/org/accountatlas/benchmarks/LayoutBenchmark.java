package org.accountatlas.benchmarks;

import static org.accountatlas.benchmarks.Measure.median;
import static org.accountatlas.benchmarks.Measure.timed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.export.DiagramExporter;
import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.export.PageSize;
import org.accountatlas.diagram.internal.layout.ElkLayouts;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramPages;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.sync.Synchronizer;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.api.Test;

/**
 * The layouts strategists print, against raw ELK (layered, as Sirius uses it) on the same graph with the same
 * sizes, in the same run: time (median of 3 after a warm-up), the drawing's aspect (width to height) and how
 * much of it the boxes cover; and, for the sizes one prints, how many A3 pages a tiled PDF takes with no text
 * under 6 pt. Groups of 1,000 and 5,000 accounts over 12 levels (one ownership register), and an organisation
 * of 700 posts in 120 units, most of one or two people (a government organogram).
 */
class LayoutBenchmark {

    private static final int ROUNDS = 3;
    private final Measure.Report report = new Measure.Report();
    private final DiagramService service = new DiagramService(new Java2DMeasurer());

    @Test
    void compactLayoutsAgainstRawElk() throws Exception {
        report.line("%-30s %9s %9s %7s %15s %17s %9s", "diagram", "raw ELK", "ours", "ratio", "aspect ELK/ours",
                "coverage ELK/ours", "A3 pages");
        for (int size : new int[] { 1_000, 5_000 }) {
            Account root = GeneratedPortfolio.generate(size, 1, 12, size, 42, new Date()).getAccounts().get(0);
            run("hierarchy " + size, "hierarchy", root, size <= 1_000);
        }
        Account organisation = organisation(700, 120);
        run("reporting lines 700 / 120 units", "reporting-lines", organisation, true);
        run("decision map 700 / 120 units", "decision-map", organisation, true);
        report.write(Measure.reportFile("layout"));
    }

    private void run(String name, String type, Account root, boolean tile) throws Exception {
        DiagramDescription description = org.accountatlas.diagram.service.Descriptions
                .named(org.accountatlas.diagram.service.Descriptions.shipped(), type);
        List<Long> ours = new ArrayList<>();
        List<Long> elk = new ArrayList<>();
        Representation[] laid = new Representation[1];
        ElkNode[] graph = new ElkNode[1];
        for (int round = 0; round <= ROUNDS; round++) {
            Representation representation = Synchronizer.create(description, root, name);
            long time = timed(() -> new RepresentationLayout(description, new Java2DMeasurer(),
                    org.accountatlas.diagram.internal.expressions.EnumLabels::of).layout(representation,
                            RepresentationLayout.Mode.FULL));
            laid[0] = representation;
            graph[0] = DiagramBenchmark.elkGraphOf(description, representation);
            long raw = timed(() -> ElkLayouts.layout(graph[0]));
            if (round > 0) {
                ours.add(time);
                elk.add(raw);
            }
        }
        double[] mine = extent(laid[0]);
        double elkArea = graph[0].getWidth() * graph[0].getHeight();
        String pages = "-";
        if (tile) {
            new org.eclipse.emf.ecore.resource.impl.ResourceImpl().getContents().add(laid[0]);
            laid[0].setDescription(type);
            pages = Integer.toString(new DiagramPages(service, LocalDate.now()).tile(laid[0], null,
                    scene -> DiagramExporter.fits(scene, PageSize.A3, null)).size());
        }
        report.line("%-30s %6.0f ms %6.0f ms %6.2f× %7.2f / %-5.2f %8.1f%% / %-5.1f%% %9s", name, median(elk) / 1e6,
                median(ours) / 1e6, (double) median(ours) / median(elk), graph[0].getWidth() / graph[0].getHeight(),
                mine[0] / mine[1], 100 * boxArea(laid[0].getNodes()) / elkArea,
                100 * boxArea(laid[0].getNodes()) / (mine[0] * mine[1]), pages);
    }

    /** Width and height of the laid-out nodes. */
    private static double[] extent(Representation representation) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (DNode node : representation.getNodes()) {
            minX = Math.min(minX, node.getX());
            minY = Math.min(minY, node.getY());
            maxX = Math.max(maxX, node.getX() + node.getWidth());
            maxY = Math.max(maxY, node.getY() + node.getHeight());
        }
        return new double[] { maxX - minX, maxY - minY };
    }

    /** The area of the boxes people read: leaves (nodes inside containers count, containers do not). */
    private static double boxArea(List<DNode> nodes) {
        double area = 0;
        for (DNode node : nodes) {
            area += node.getChildren().isEmpty() ? node.getWidth() * node.getHeight() : boxArea(node.getChildren());
        }
        return area;
    }

    /** Posts in units, a tenth of the units large (40 posts), the rest of one or two; everyone reports upwards. */
    private static Account organisation(int posts, int units) {
        AtlasFactory f = AtlasFactory.eINSTANCE;
        Portfolio portfolio = f.createPortfolio();
        Account account = f.createAccount();
        account.setName("Ministry");
        portfolio.getAccounts().add(account);
        Random random = new Random(5);
        List<Contact> made = new ArrayList<>();
        for (int u = 0; u < units && made.size() < posts; u++) {
            OrgUnit unit = f.createOrgUnit();
            unit.setName("Directorate for programme " + u);
            account.getOrgUnits().add(unit);
            int size = u % 10 == 0 ? 40 : 1 + random.nextInt(2);
            for (int p = 0; p < size && made.size() < posts; p++) {
                Contact post = f.createContact();
                post.setName("Post holder " + made.size());
                post.setTitle("Deputy Director " + made.size());
                if (!made.isEmpty()) {
                    post.setReportsTo(made.get(random.nextInt(Math.min(made.size(), 1 + made.size() / 3))));
                }
                unit.getContacts().add(post);
                made.add(post);
            }
        }
        return account;
    }
}
