package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files a user may be handed, each hostile in its own way, imported through the command line into a database
 * holding the sample: every one is refused with exit status 1, a message naming the file and where in it, and
 * the database exactly as it was (compared by its XMI export). CSV and JSON go through {@code atlas import},
 * XMI through {@code atlas import-xmi}; values typed in the workbench are checked by the same rules
 * ({@code ValueTextTest}, {@code StoredTextTest}).
 */
class HostileInputSuiteTest {

    @TempDir
    static Path dir;
    private static Path db;
    private static String before;
    private static String xmi;

    @BeforeAll
    static void sampleDatabase() throws Exception {
        db = dir.resolve("db");
        assertEquals(0, atlas("sample", "--db", db).code());
        before = exported("before.xmi");
        xmi = before;
    }

    private static String exported(String name) throws Exception {
        Path file = dir.resolve(name);
        Atlas.Run run = atlas("export-xmi", "--db", db, file);
        assertEquals(0, run.code(), run.err());
        return Files.readString(file);
    }

    /** One hostile file: what it is, how it is imported, and what the refusal must name. */
    record Hostile(String name, String command, byte[] content, List<String> options, String where, String why) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> hostileFiles() {
        List<Hostile> all = new ArrayList<>();
        all.addAll(accountFiles());
        all.addAll(contactFiles());
        all.addAll(jsonFiles());
        all.addAll(xmiFiles());
        return all.stream().map(Arguments::of);
    }

    private static List<Hostile> accountFiles() {
        String header = "Id,Name,ParentId,AnnualRevenue,CustomerSince,Industry\n";
        List<Hostile> files = new ArrayList<>(List.of(
                csv("truncated-row.csv", header + "A1,Alpha,,10,,\nA2,Beta\n", "line 3", "2 values where the header has 6"),
                csv("unclosed-quote.csv", header + "A1,\"Alpha,,10,,\nA2,Beta,A1,5,,\n", "line 2", "a quote may be missing"),
                csv("parent-cycle.csv", header + "A1,Alpha,A3,1,,\nA2,Beta,A1,2,,\nA3,Gamma,A2,3,,\n", "line 2",
                        "Alpha \u2192 Gamma \u2192 Beta \u2192 Alpha"),
                csv("own-parent.csv", header + "A1,Alpha,A1,1,,\n", "column ParentId", "circular"),
                csv("duplicate-ids.csv", header + "A1,Alpha,,1,,\nA1,Beta,,2,,\n", "line 3, column Id", "line 2"),
                csv("unknown-parent.csv", header + "A1,Alpha,,1,,\nA2,Beta,ZZ9,2,,\n", "line 3, column ParentId",
                        "the parent of Beta"),
                csv("words-for-revenue.csv", header + "A1,Alpha,,lots,,\n", "line 2, column AnnualRevenue",
                        "expected a number"),
                csv("runaway-field.csv", header + "A1,\"" + "x".repeat(1_200_000) + "\",,1,,\n", "line 2",
                        "more than the 1000000 allowed"),
                new Hostile("random-bytes.csv", "import", junk(), List.of("--kind", "accounts"), "line", "binary data"),
                new Hostile("empty.csv", "import", new byte[0], List.of("--kind", "accounts"), "empty.csv",
                        "the file is empty"),
                csv("column-twice.csv", "Id,Name,Name\nA1,Alpha,Beta\n", "line 1, column Name", "names this column twice"),
                csv("million-digits.csv", header + "A1,Alpha,," + "9".repeat(1_000_000) + ",,\n",
                        "line 2, column AnnualRevenue", "1,000,000 characters long"),
                csv("five-hundred-digits.csv", header + "A1,Alpha,," + "9".repeat(500) + ",,\n",
                        "line 2, column AnnualRevenue", "400 characters"),
                csv("column-overflow.csv", header + "A1,Alpha,,1,," + "x".repeat(40_000) + "\n", "line 2, column Industry",
                        "40,000 characters long"),
                csv("zero-width-name.csv", header + "A1,\u200B\u200B,,1,,\n", "line 2", "no name"),
                csv("spaces-name.csv", header + "A1,   ,,1,,\n", "line 2", "no name")));
        for (String date : new String[] { "2020-01-01Tgarbage", "2020-01-01 tomorrow", "0000-01-01", "0999-12-31",
            "2020-13-01", "31/02/2020", "2020-01-01T25", "yesterday" }) {
            files.add(csv("date-" + date.replaceAll("[^0-9A-Za-z-]", "_") + ".csv", header + "A1,Alpha,,1," + date + ",\n",
                    "line 2, column CustomerSince", "\"" + date + "\""));
        }
        for (String number : new String[] { "1e-400", "\u0661\u0662\u0663", "\uFF11\uFF12\uFF13", "12abc", "NaN",
            "Infinity", "1e400" }) {
            files.add(csv("number-" + Integer.toHexString(number.hashCode()) + ".csv",
                    header + "A1,Alpha,," + number + ",,\n", "line 2, column AnnualRevenue", "\"" + number + "\""));
        }
        files.add(csv("form-feed.csv", header + "A1,Form\fFeed Co,,1,,\n", "line 2, column Name", "no export can carry"));
        files.add(csv("not-a-character.csv", header + "A1,Not \uFFFE Co,,1,,\n", "line 2, column Name",
                "no export can carry"));
        for (char control : new char[] { 0, 7, 0x1B, 0x0B }) {
            files.add(csv("control-" + (int) control + ".csv", header + "A1,Bad" + control + " Co,,1,,\n", "line 2",
                    "binary data"));
        }
        files.add(csv("unknown-tier.csv", "Id,Name,Tier\nA1,Alpha,platinum\n", "line 2, column Tier", "platinum"));
        return files;
    }

    private static List<Hostile> contactFiles() {
        String header = "Id,AccountId,LastName,ReportsToId,BuyingRole\n";
        List<String> contacts = List.of("--kind", "contacts");
        return List.of(
                new Hostile("reporting-cycle.csv", "import", utf8("Id,LastName,ReportsToId\nC1,Ames,C2\nC2,Bose,C1\n"),
                        List.of("--kind", "contacts", "--account", "\u534e\u590f\u94a2\u94c1\u96c6\u56e2"), "line 2",
                        "Ames \u2192 Bose \u2192 Ames"),
                new Hostile("unknown-account.csv", "import", utf8(header + "C1,NOPE,Ames,,\n"), contacts,
                        "line 2, column AccountId, value \"NOPE\"", "no such account"),
                new Hostile("nameless-contact.csv", "import", utf8(header + "C1,NOPE,,,\n"), contacts, "line 2", "no name"),
                new Hostile("unknown-role.csv", "import", utf8("Id,LastName,BuyingRole\nC1,Ames,emperor\n"),
                        List.of("--kind", "contacts", "--account", "\u534e\u590f\u94a2\u94c1\u96c6\u56e2"),
                        "line 2, column BuyingRole", "emperor"));
    }

    private static List<Hostile> jsonFiles() {
        String record = "{\"attributes\": {\"type\": \"Account\", \"referenceId\": \"J1\"}, \"Name\": \"%s\"}";
        return List.of(
                json("cut-short.json", "{\"records\": [" + String.format(record, "Alpha"), "cut-short.json",
                        "cannot be parsed"),
                json("no-records.json", "{\"accounts\": []}", "no-records.json", "sObject tree"),
                json("record-not-object.json", "{\"records\": [1]}", "records[0]", "sObject tree"),
                json("unknown-type.json", "{\"records\": [{\"attributes\": {\"type\": \"Lead\"}}]}", "records[0]", "Lead"),
                json("control-u0001.json", "{\"records\": [" + String.format(record, "Json\\u0001 Co") + "]}",
                        "control-u0001.json", "U+0001"),
                json("control-u0000.json", "{\"records\": [" + String.format(record, "Json\\u0000 Co") + "]}",
                        "control-u0000.json", "U+0000"),
                json("lone-surrogate.json", "{\"records\": [" + String.format(record, "Json\\uD800 Co") + "]}",
                        "lone-surrogate.json", "lone surrogate"),
                json("trailing-garbage.json", "{\"records\": []} and more", "trailing-garbage.json", "cannot be parsed"),
                json("self-plan.json", "[{\"sobject\": \"Account\", \"files\": [\"self-plan.json\"]}]", "self-plan.json",
                        "a plan cannot include itself"),
                json("odd-plan.json", "[{\"sobject\": \"Account\", \"files\": [{\"a\": 1}]}]", "odd-plan.json",
                        "where a file name belongs"));
    }

    private static List<Hostile> xmiFiles() {
        String text = xmi;
        List<String> accounts = ids(text, "accounts");
        List<String> contacts = ids(text, "contacts");
        String name = "name=\"" + firstValue(text, "accounts", "name") + "\"";
        String since = "customerSince=\"" + firstValue(text, "accounts", "customerSince") + "\"";
        String doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n";
        StringBuilder laughs = new StringBuilder("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>\n");
        return List.of(
                xmi("truncated.xmi", text.substring(0, 2000), "truncated.xmi:", "XML document structures"),
                new Hostile("random-bytes.xmi", "import-xmi", junk(), List.of(), "random-bytes.xmi", "not UTF-8 text"),
                xmi("empty.xmi", "", "empty.xmi:", "Premature end of file"),
                xmi("same-id-twice.xmi", text.replace("id=\"" + accounts.get(1) + "\"", "id=\"" + accounts.get(0) + "\""),
                        "same-id-twice.xmi", "is given to two elements"),
                xmi("id-of-another-kind.xmi", text.replace("id=\"" + contacts.get(0) + "\"", "id=\"" + accounts.get(0) + "\""),
                        "id-of-another-kind.xmi", "is given to two elements, Account"),
                xmi("dangling-reference.xmi", text.replaceFirst("reportsTo=\"[^\"]+\"", "reportsTo=\"_nosuch\""),
                        "dangling-reference.xmi:", "Unresolved reference '_nosuch'"),
                xmi("two-portfolios.xmi", text.replace("</xmi:XMI>", "  <atlas:Portfolio id=\"_p2\" name=\"Other\"/>\n</xmi:XMI>"),
                        "two-portfolios.xmi", "holds 2 portfolios"),
                xmi("unknown-diagram-type.xmi", text.replaceFirst("description=\"hierarchy\"", "description=\"nosuch\""),
                        "unknown-diagram-type.xmi", "No diagram type 'nosuch'"),
                xmi("nan-revenue.xmi", text.replaceFirst("annualRevenue=\"[^\"]+\"", "annualRevenue=\"NaN\""),
                        "nan-revenue.xmi", "is NaN, not a number"),
                xmi("infinite-revenue.xmi", text.replaceFirst("annualRevenue=\"[^\"]+\"", "annualRevenue=\"Infinity\""),
                        "infinite-revenue.xmi", "is Infinity, not a number"),
                xmi("long-id.xmi", text.replace("\"" + accounts.get(1) + "\"", "\"" + "x".repeat(200) + "\""),
                        "long-id.xmi", "an id holds at most 128"),
                xmi("long-name.xmi", text.replaceFirst(Pattern.quote(name), "name=\"" + "x".repeat(40_000) + "\""),
                        "long-name.xmi", "at most 32,672 fit"),
                xmi("control-reference.xmi", text.replaceFirst(Pattern.quote(name), "name=\"A&#1;B\""),
                        "control-reference.xmi:", "invalid XML character"),
                xmi("external-entity.xmi", text.replaceFirst("<xmi:XMI", Matcher.quoteReplacement(doctype) + "<xmi:XMI")
                        .replaceFirst(Pattern.quote(name), "name=\"&e;\""), "external-entity.xmi:", "declares a DOCTYPE"),
                xmi("billion-laughs.xmi", text.replaceFirst("<xmi:XMI", Matcher.quoteReplacement(laughs.toString()) + "<xmi:XMI")
                        .replaceFirst(Pattern.quote(name), "name=\"&j;\""), "billion-laughs.xmi:", "declares a DOCTYPE"),
                xmi("unknown-attribute.xmi", text.replaceFirst(Pattern.quote(name), name + " colour=\"red\""),
                        "unknown-attribute.xmi:", "Feature 'colour' not found"),
                xmi("unknown-tier.xmi", text.replaceFirst("tier=\"[^\"]+\"", "tier=\"platinum\""), "unknown-tier.xmi:",
                        "Value 'platinum' is not legal"),
                xmi("year-zero.xmi", text.replaceFirst(Pattern.quote(since), "customerSince=\"0000-01-01T00:00:00.000+0000\""),
                        "year-zero.xmi", "dates run from 1000 to 9999"),
                xmi("words-for-date.xmi", text.replaceFirst(Pattern.quote(since), "customerSince=\"yesterday\""),
                        "words-for-date.xmi:", "Value 'yesterday' is not legal"),
                xmi("words-for-days.xmi", text.replaceFirst("paymentDays=\"[^\"]+\"", "paymentDays=\"abc\""),
                        "words-for-days.xmi:", "Value 'abc' is not legal"),
                xmi("ownership-250.xmi", text.replaceFirst("ownershipPercent=\"100.0\"", "ownershipPercent=\"250.0\""),
                        "ownership-250.xmi", "250%"),
                xmi("ecore-model.xmi", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EPackage xmi:version=\"2.0\" "
                        + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n",
                        "ecore-model.xmi", "holds no Account Atlas portfolio"),
                xmi("plain-xml.xmi", "<?xml version=\"1.0\"?><hello/>", "plain-xml.xmi", "not an Account Atlas file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void isRefusedNamingWhereAndTheDatabaseIsUnchanged(Hostile hostile) throws Exception {
        Path file = Files.write(dir.resolve(hostile.name()), hostile.content());
        List<Object> args = new ArrayList<>(List.of(hostile.command(), "--db", db));
        args.addAll(hostile.options());
        args.add(file);

        Atlas.Run run = atlas(args.toArray());

        String said = run.err();
        assertEquals(1, run.code(), "refused: " + run.out() + said);
        assertTrue(said.contains(hostile.name()), "names the file: " + said);
        assertTrue(said.contains(hostile.where()), "names where (" + hostile.where() + "): " + said);
        assertTrue(said.contains(hostile.why()), "says why (" + hostile.why() + "): " + said);
        assertFalse(said.contains("Exception") || said.contains("@"), "no Java in the message: " + said);
        assertTrue(said.length() < 2_000, "short: " + said.length());
        assertEquals(before, exported("after-" + hostile.name() + ".xmi"), "the database is unchanged");
    }

    private static Hostile csv(String name, String text, String where, String why) {
        return new Hostile(name, "import", utf8(text), List.of("--kind", "accounts"), where, why);
    }

    private static Hostile json(String name, String text, String where, String why) {
        return new Hostile(name, "import", utf8(text), List.of("--kind", "accounts"), where, why);
    }

    private static Hostile xmi(String name, String text, String where, String why) {
        return new Hostile(name, "import-xmi", utf8(text), List.of(), where, why);
    }

    private static List<String> ids(String text, String element) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("<" + element + " id=\"([^\"]+)\"").matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String firstValue(String text, String element, String attribute) {
        Matcher matcher = Pattern.compile("<" + element + " [^>]*?" + attribute + "=\"([^\"]*)\"").matcher(text);
        assertTrue(matcher.find(), element + "." + attribute);
        return matcher.group(1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] junk() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[100] = 0;
        return bytes;
    }
}
