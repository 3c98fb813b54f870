package org.accountatlas.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.accountatlas.analysis.PortfolioFigures;
import org.accountatlas.analysis.PortfolioFigures.PeriodLength;
import org.accountatlas.analysis.PortfolioFilter;
import org.accountatlas.charts.AccountChart;
import org.accountatlas.charts.ChartFiles;
import org.accountatlas.charts.PortfolioCharts;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.review.AccountReview;
import org.accountatlas.review.PortfolioReview;
import org.accountatlas.review.ReviewPage;
import org.accountatlas.review.ReviewWriter;
import org.accountatlas.store.AtlasDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes a review pack. --account NAME: the account's pack (title, KPIs, group structure and "
                + "decision map, coverage of the decision makers, competitors, needs, plan objectives and actions, open "
                + "complaints) as a PDF with bookmarks or a PowerPoint deck with native text, tables and maps. "
                + "--portfolio: the dashboard's charts as PDF, PowerPoint, or one PNG or SVG a chart.")
final class ReviewCommand extends DatabaseCommand {

    /** Which pack: one account's, or the portfolio's. */
    static final class Subject {
        @Option(names = "--account", paramLabel = "NAME", required = true, description = "The account review pack of "
                + "this account (name or id): KPIs, group structure, decision map, coverage, competitors, needs, plan, "
                + "open complaints.")
        String account;

        @Option(names = "--portfolio", required = true, description = "The portfolio pack: the dashboard's charts, of "
                + "the whole portfolio or the part the filters below choose.")
        boolean portfolio;
    }

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(names = "--format", paramLabel = "pdf,pptx,png,svg", split = ",", defaultValue = "pdf",
            description = "pdf and pptx: one file of every chart; png and svg: a file a chart (default: pdf).")
    List<String> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the files.")
    Path out;

    @Option(names = "--region", paramLabel = "NAME", description = "Only the accounts of this region.")
    String region;

    @Option(names = "--industry", paramLabel = "NAME", description = "Only the accounts of this industry.")
    String industry;

    @Option(names = "--tier", paramLabel = "TIER", description = "Only accounts of this tier: key-strategic, key, "
            + "ordinary or small.")
    String tier;

    @Option(names = "--churn-by", paramLabel = "year|quarter", defaultValue = "year",
            description = "Churn over the last 5 years or the last 8 quarters (default: year).")
    String churnBy;

    @Override
    public Integer call() throws Exception {
        for (String format : formats) {
            if (!List.of("pdf", "pptx", "png", "svg").contains(format.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("--format takes pdf, pptx, png or svg, not '" + format + "'");
            }
        }
        PeriodLength length = switch (churnBy.strip().toLowerCase(Locale.ROOT)) {
            case "year" -> PeriodLength.YEAR;
            case "quarter" -> PeriodLength.QUARTER;
            default -> throw new IllegalArgumentException("--churn-by takes year or quarter, not '" + churnBy + "'");
        };
        if (subject.account != null) {
            return accountPack();
        }
        PortfolioFilter filter = new PortfolioFilter(region, industry, tier == null ? null : tierNamed(tier));
        return withDatabase(resource -> {
            Portfolio whole = AtlasDatabase.portfolioOf(resource);
            long shown = whole.getAccounts().stream().filter(filter).count();
            if (shown == 0) {
                throw new IllegalArgumentException("No account matches " + describe(filter) + "; nothing was written");
            }
            PortfolioFigures figures = PortfolioFigures.of(whole, filter, LocalDate.now(), length,
                    length == PeriodLength.YEAR ? 5 : 8);
            List<AccountChart> charts = PortfolioCharts.of(figures, length);
            List<ReviewPage> pages = PortfolioReview.pages(PortfolioReview.cover(whole.getName(), shown,
                    whole.getAccounts().size(), filterWords(filter), charts.size()), charts);
            List<Path> written = new ArrayList<>();
            for (String format : formats) {
                switch (format.strip().toLowerCase(Locale.ROOT)) {
                    case "pdf" -> written.add(write(out.resolve("portfolio-review.pdf"), f -> ReviewWriter.pdf(pages, f)));
                    case "pptx" -> written.add(write(out.resolve("portfolio-review.pptx"),
                            f -> ReviewWriter.pptx(pages, f)));
                    case "png" -> charts.forEach(c -> written.add(write(out.resolve(c.key() + ".png"), f -> ChartFiles.png(c, f))));
                    default -> charts.forEach(c -> written.add(write(out.resolve(c.key() + ".svg"), f -> ChartFiles.svg(c, f))));
                }
            }
            out().printf("Wrote %d files to %s (%d of %d accounts).%n", written.size(), out.toAbsolutePath(), shown,
                    whole.getAccounts().size());
            return 0;
        });
    }

    /** The account's pack: PDF and PowerPoint (PNG and SVG are for the portfolio's charts). */
    private int accountPack() throws Exception {
        return withSession(session -> {
            Portfolio whole = AtlasDatabase.portfolioOf(session.resource());
            org.accountatlas.model.Account account = Accounts.find(whole, subject.account);
            List<ReviewPage> pages = AccountReview.pages(account,
                    session.diagrams(), LocalDate.now());
            String base = org.accountatlas.diagram.service.DiagramService.fileNameOf(account.getName()) + "-review";
            List<Path> written = new ArrayList<>();
            for (String format : formats) {
                switch (format.strip().toLowerCase(Locale.ROOT)) {
                    case "pdf" -> written.add(write(out.resolve(base + ".pdf"),
                            f -> ReviewWriter.pdf(pages, f)));
                    case "pptx" -> written.add(write(out.resolve(base + ".pptx"),
                            f -> ReviewWriter.pptx(pages, f)));
                    default -> throw new IllegalArgumentException("--format takes pdf or pptx for an account pack, not '"
                            + format + "'");
                }
            }
            out().printf("Wrote %d files to %s (%d pages).%n", written.size(), out.toAbsolutePath(), pages.size());
            return 0;
        });
    }

    /** Writing one file. */
    @FunctionalInterface
    private interface FileWriting {
        void write(Path file) throws java.io.IOException;
    }

    private Path write(Path file, FileWriting writing) {
        try {
            writing.write(file);
            out().println("  " + file.getFileName());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
    }

    private static PyramidTier tierNamed(String text) {
        String wanted = text.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (PyramidTier candidate : PyramidTier.VALUES) {
            if (candidate.getLiteral().toLowerCase(Locale.ROOT).equals(wanted)
                    || candidate.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("--tier takes key-strategic, key, ordinary or small, not '" + text + "'");
    }

    private static List<String> filterWords(PortfolioFilter filter) {
        List<String> words = new ArrayList<>();
        if (filter.region() != null) {
            words.add(filter.region());
        }
        if (filter.industry() != null) {
            words.add(filter.industry());
        }
        if (filter.tier() != null) {
            words.add(filter.tier().getLiteral());
        }
        return words;
    }

    private static String describe(PortfolioFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.region() != null) {
            parts.add("region " + filter.region());
        }
        if (filter.industry() != null) {
            parts.add("industry " + filter.industry());
        }
        if (filter.tier() != null) {
            parts.add("tier " + filter.tier().getLiteral());
        }
        return parts.isEmpty() ? "all accounts" : String.join(", ", parts);
    }
}
