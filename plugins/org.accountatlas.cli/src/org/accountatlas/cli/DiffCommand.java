package org.accountatlas.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.review.ReviewPage;
import org.accountatlas.review.ReviewWriter;
import org.accountatlas.session.AccountChanges;
import org.accountatlas.store.AtlasDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atlas diff}: what changed in an account since a review, in a strategist's terms. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists what changed in an account between two days: people who joined or left, attitudes and"
                + " buying roles, coverage by our team, subsidiaries gained or lost, other edits.")
final class DiffCommand extends DatabaseCommand {

    @Option(names = "--account", required = true, paramLabel = "NAME", description = "The account (name or id).")
    String account;

    @Option(names = "--from", required = true, paramLabel = "DATE", converter = Moments.class,
            description = "Changes saved after the end of this day (yyyy-MM-dd) or this moment.")
    Instant from;

    @Option(names = "--to", paramLabel = "DATE", converter = Moments.class,
            description = "Up to the end of this day or this moment (default: now).")
    Instant to;

    @Option(names = "--out", paramLabel = "FILE.pdf|FILE.pptx", description = "Also write the list as a report page.")
    Path report;

    @Override
    public Integer call() throws Exception {
        return withDatabase(resource -> {
            Account found = Accounts.find(AtlasDatabase.portfolioOf(resource), account);
            List<AccountChanges.Line> lines = AccountChanges.of(resource, found, from, to);
            String period = HistoryCommand.TIME.format(from) + " \u2192 " + (to == null ? "now" : HistoryCommand.TIME.format(to));
            out().println(found.getName() + ", " + period + ": " + lines.size() + " changes");
            List<List<String>> rows = new ArrayList<>();
            for (AccountChanges.Line line : lines) {
                String kind = line.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                out().println("  " + kind + ": " + line.text() + "  (" + line.who() + ", "
                        + HistoryCommand.TIME.format(line.at()) + ")");
                rows.add(List.of(kind, line.text(), line.who(), HistoryCommand.TIME.format(line.at())));
            }
            if (report != null) {
                List<ReviewPage> pages = List.of(new ReviewPage.Table(found.getName() + ": what changed, " + period,
                        List.of("Kind", "Change", "Who", "When"), rows, "Nothing changed in this period."));
                if (report.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pptx")) {
                    ReviewWriter.pptx(pages, report);
                } else {
                    ReviewWriter.pdf(pages, report);
                }
                out().println("Wrote " + report);
            }
            return 0;
        });
    }
}
