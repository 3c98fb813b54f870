package org.accountatlas.cli;

import java.util.Locale;

import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.store.AtlasDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Lists the accounts, one per line: name, id, parent and tier (tab-separated), to find the "
                + "name or id other commands take.")
final class AccountsCommand extends DatabaseCommand {

    @Option(names = "--roots", description = "Only accounts without a parent (groups and stand-alone accounts).")
    boolean roots;

    @Option(names = "--match", paramLabel = "TEXT", description = "Only accounts whose name contains the text "
            + "(any case).")
    String match;

    @Override
    public Integer call() throws Exception {
        return withDatabase(resource -> {
            Portfolio portfolio = AtlasDatabase.portfolioOf(resource);
            String wanted = match == null ? null : match.toLowerCase(Locale.ROOT);
            int shown = 0;
            for (Account account : portfolio.getAccounts()) {
                if (roots && account.getParent() != null || wanted != null && (account.getName() == null
                        || !account.getName().toLowerCase(Locale.ROOT).contains(wanted))) {
                    continue;
                }
                out().printf("%s\t%s\t%s\t%s%n", account.getName(), account.getId(),
                        account.getParent() == null ? "" : account.getParent().getName(),
                        account.isSetTier() ? account.getTier().getLiteral() : "");
                shown++;
            }
            if (shown == 0 && wanted != null) {
                out().println("No account name contains '" + match + "'.");
            }
            return 0;
        });
    }
}
