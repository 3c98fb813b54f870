package org.accountatlas.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.accountatlas.importer.internal.CsvTableReader;
import org.accountatlas.importer.internal.DecodedText;
import org.accountatlas.importer.internal.SObjectTreeReader;
import org.accountatlas.importer.internal.TextDecoder;
import org.accountatlas.model.Portfolio;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Entry point of imports: read a file into tables, then plan each table against a portfolio. Reading and
 * planning change nothing; {@link ImportPlan#apply()} does, in memory, and the caller saves.
 */
public final class Importer {

    private Importer() {
    }

    /**
     * The tables of a file: one for a CSV file, one per object type for a Salesforce sObject-tree file, and
     * the tables of every listed file, in order, for a tree plan ({@code Account-Contact-plan.json}).
     */
    public static List<SourceTable> read(Path file) throws ImportFailedException {
        return read(file, new HashSet<>());
    }

    /** The most bytes an input file may have: larger ones are refused before they are read into memory. */
    static final long MOST_BYTES = Long.getLong("accountatlas.import.maxBytes", 128L << 20);

    private static List<SourceTable> read(Path file, Set<Path> plansBeingRead) throws ImportFailedException {
        String name = file.getFileName().toString();
        DecodedText text = TextDecoder.decode(name, bytesOf(file));
        if (!SObjectTreeReader.looksLikeJson(text.text())) {
            return List.of(CsvTableReader.read(name, text));
        }
        JsonElement json = SObjectTreeReader.parse(name, text.text());
        if (json.isJsonArray()) {
            Path plan = file.toAbsolutePath().normalize();
            if (!plansBeingRead.add(plan)) {
                throw new ImportFailedException(ImportProblem.ofFile(name, Messages.Read_planCycle));
            }
            try {
                return readPlan(file, json.getAsJsonArray(), plansBeingRead);
            } finally {
                plansBeingRead.remove(plan); // a plan two others list is no cycle
            }
        }
        return SObjectTreeReader.read(name, json);
    }

    private static List<SourceTable> readPlan(Path plan, JsonArray steps, Set<Path> plansBeingRead)
            throws ImportFailedException {
        String name = plan.getFileName().toString();
        List<SourceTable> tables = new ArrayList<>();
        for (JsonElement step : steps) {
            if (!step.isJsonObject() || !(step.getAsJsonObject().get("files") instanceof JsonArray files)) {
                throw new ImportFailedException(ImportProblem.ofFile(name, Messages.Read_notPlan));
            }
            for (JsonElement listed : files) {
                if (!listed.isJsonPrimitive()) {
                    // Gson would say only "JsonObject": say what the plan should hold instead.
                    throw new ImportFailedException(ImportProblem.ofFile(name, NLS.bind(Messages.Read_planEntry, listed)));
                }
                Path file = plan.resolveSibling(listed.getAsString());
                for (SourceTable table : read(file, plansBeingRead)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /**
     * The file's bytes, read up to {@link #MOST_BYTES}: a larger file, or a device that never ends
     * ({@code /dev/zero}), is refused by name instead of filling the memory.
     */
    private static byte[] bytesOf(Path file) throws ImportFailedException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MOST_BYTES + 1));
            if (bytes.length > MOST_BYTES) {
                throw new ImportFailedException(ImportProblem.ofFile(file.toString(),
                        NLS.bind(Messages.Read_tooLarge, MOST_BYTES >> 20)));
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportFailedException(ImportProblem.ofFile(file.toString(),
                    NLS.bind(Messages.Read_unreadable, e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    /**
     * What a table holds when the file says so or its header gives it away: Salesforce's {@code AccountId},
     * {@code ReportsToId} or a last-name column mean contacts; {@code ParentId} or an account-name column mean
     * accounts. Null when it cannot tell.
     */
    public static ImportKind guessKind(SourceTable table) {
        if (table.kind() != null) {
            return table.kind();
        }
        List<String> keys = table.header().stream().map(FieldCatalog::normalize).toList();
        if (keys.contains("accountid") || keys.contains("reportstoid") || keys.contains("lastname")) {
            return ImportKind.CONTACTS;
        }
        if (keys.contains("parentid") || keys.contains("accountname") || keys.contains("parentname")) {
            return ImportKind.ACCOUNTS;
        }
        return null;
    }

    /** Checks a table against the portfolio and plans the changes; throws, changing nothing, on any problem. */
    public static ImportPlan plan(Portfolio portfolio, SourceTable table, ImportKind kind, MappingSpec spec,
            ImportOptions options) throws ImportFailedException {
        ColumnMapping mapping = ColumnMapping.resolve(table, kind, spec);
        Planner planner = kind == ImportKind.ACCOUNTS ? new AccountPlanner(portfolio, table, mapping, options)
                : new ContactPlanner(portfolio, table, mapping, options);
        return planner.plan();
    }

    /** "Accounts" / "Contacts", for headings. */
    public static String kindLabel(ImportKind kind) {
        return ColumnMapping.kindName(kind);
    }

    /** "accounts" / "contacts", for messages. */
    public static String describe(ImportKind kind) {
        return ColumnMapping.kindName(kind).toLowerCase(Locale.ROOT);
    }
}
