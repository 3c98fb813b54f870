package org.accountatlas.importer;

import java.nio.file.Path;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;

/** Small helpers the import tests share: an empty portfolio, importing a file into it, finding by name. */
final class Portfolios {

    private Portfolios() {
    }

    static Portfolio empty() {
        Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        portfolio.setName("test");
        return portfolio;
    }

    /** Plans and applies every table of the file, as the command line does; returns the last summary. */
    static ImportSummary importInto(Portfolio portfolio, Path file, ImportKind kind, MappingSpec spec,
            ImportOptions options) throws ImportFailedException {
        ImportSummary last = null;
        for (SourceTable table : Importer.read(file)) {
            ImportKind tableKind = kind != null ? kind : Importer.guessKind(table);
            ImportPlan plan = Importer.plan(portfolio, table, tableKind, spec, options);
            plan.apply();
            last = plan.summary();
        }
        return last;
    }

    static Account account(Portfolio portfolio, String name) {
        return portfolio.getAccounts().stream().filter(a -> name.equals(a.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no account " + name));
    }

    static List<Contact> contacts(Portfolio portfolio) {
        return portfolio.getAccounts().stream().flatMap(a -> ModelQueries.contactsOf(a).stream()).toList();
    }

    static Contact contact(Portfolio portfolio, String name) {
        return contacts(portfolio).stream().filter(c -> name.equals(c.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no contact " + name));
    }

    /** Levels in the reporting tree: 1 for a contact without a manager. */
    static int level(Contact contact) {
        int level = 1;
        for (Contact c = contact.getReportsTo(); c != null; c = c.getReportsTo()) {
            level++;
        }
        return level;
    }
}
