package org.accountatlas.importer;

import static org.accountatlas.importer.Portfolios.importInto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accountatlas.model.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text no export could carry (control characters, lone surrogates) or no column could hold is refused at the
 * import, naming file, line, column and the value with the character escaped; with skip-bad-rows the row is
 * skipped and the others imported. Nothing of a refused import reaches the portfolio.
 */
class UnstorableTextTest {

    @TempDir
    Path dir;

    private final Portfolio portfolio = Portfolios.empty();

    @ParameterizedTest
    @ValueSource(strings = { "Form\u000Cfeed Co", "Not a char \uFFFE", "Also not \uFFFF" })
    void aCsvNameXmlCannotCarryIsRefusedWithItsPlace(String name) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "Id,Name\nA1,Good Co\nA2," + name + "\n",
                StandardCharsets.UTF_8);
        ImportFailedException refused = assertThrows(ImportFailedException.class,
                () -> importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(), ImportOptions.DEFAULTS));
        String message = refused.problems().get(0).toString();
        assertTrue(message.startsWith("bad.csv line 3, column Name, value \""), message);
        assertTrue(message.contains("no export can carry; correct it in the file"), message);
        assertEquals(0, portfolio.getAccounts().size(), "nothing imported");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Nul\u0000 Ltd", "Bell\u0007 plc", "Escape\u001B Co", "Vertical\u000Btab Co" })
    void bytesOfBinaryFilesStopTheFileNamingTheLine(String name) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "Id,Name\nA1,Good Co\nA2," + name + "\n",
                StandardCharsets.UTF_8);
        ImportFailedException refused = assertThrows(ImportFailedException.class,
                () -> importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(), ImportOptions.DEFAULTS));
        assertTrue(refused.problems().get(0).toString().startsWith("bad.csv line 3: binary data"),
                refused.problems().toString());
        assertEquals(0, portfolio.getAccounts().size());
    }

    @Test
    void skipBadRowsSkipsThemAndImportsTheRest() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "Id,Name,Industry\nA1,Good Co,Steel\nA2,Bad Co,Ste\u000Cel\n",
                StandardCharsets.UTF_8);
        ImportSummary summary = importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(),
                new ImportOptions(null, true, false, false));
        assertEquals(1, summary.created());
        assertEquals(1, summary.skipped().size());
        assertTrue(summary.skipped().get(0).toString().contains("column Industry"), summary.skipped().toString());
        assertEquals("Good Co", portfolio.getAccounts().get(0).getName());
    }

    /** JSON escapes can carry what no UTF-8 file can: control characters, and halves of a character. */
    @ParameterizedTest
    @ValueSource(strings = { "\\u0001|U+0001", "\\u0000|U+0000", "\\uD800|lone surrogate", "\\uDC00|lone surrogate" })
    void aJsonNameWithACharacterXmlCannotCarryIsRefused(String escapeAndProblem) throws Exception {
        String[] parts = escapeAndProblem.split("\\|");
        Path file = Files.writeString(dir.resolve("accounts.json"),
                "{\"records\": [{\"attributes\": {\"type\": \"Account\", \"referenceId\": \"J1\"}, "
                        + "\"Name\": \"Json" + parts[0] + " Co\"}]}", StandardCharsets.UTF_8);
        ImportFailedException refused = assertThrows(ImportFailedException.class,
                () -> importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(), ImportOptions.DEFAULTS));
        String message = refused.problems().get(0).toString();
        assertTrue(message.startsWith("accounts.json") && message.contains(parts[1]), message);
        assertEquals(0, portfolio.getAccounts().size());
    }

    @Test
    void aTextLongerThanAColumnIsRefusedBeforeAnyWrite() throws Exception {
        Path file = Files.writeString(dir.resolve("long.csv"), "Id,Name,Notes\nA1,Long Co," + "x".repeat(40_000) + "\n",
                StandardCharsets.UTF_8);
        ImportFailedException refused = assertThrows(ImportFailedException.class,
                () -> importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec().map("Notes", "industry"),
                        ImportOptions.DEFAULTS));
        String message = refused.problems().get(0).toString();
        assertTrue(message.contains("40,000 characters long; at most 32,672 fit"), message);
        assertTrue(message.length() < 300, "the value is quoted short: " + message.length());
    }

    @Test
    void aPlanThatListsItselfIsRefusedNotOverflowed() throws Exception {
        Path plan = Files.writeString(dir.resolve("loop-plan.json"), "[{\"sobject\": \"Account\", \"files\": [\"loop-plan.json\"]}]");
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> Importer.read(plan));
        assertTrue(refused.getMessage().contains("a plan cannot include itself"), refused.getMessage());
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedBeforeTheMemoryFills() throws Exception {
        Path zero = Path.of("/dev/zero");
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> Importer.read(zero));
        assertTrue(refused.getMessage().startsWith("/dev/zero") && refused.getMessage().contains("larger than 128 MB"),
                refused.getMessage());
    }

    @Test
    void aPlanListingSomethingOtherThanAFileNameSaysWhat() throws Exception {
        Path plan = Files.writeString(dir.resolve("odd-plan.json"), "[{\"sobject\": \"Account\", \"files\": [{\"a\": 1}]}]");
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> Importer.read(plan));
        assertTrue(refused.getMessage().contains("lists {\"a\":1} among its files, where a file name belongs"),
                refused.getMessage());
    }

    /** Gson stops at 255 nested structures by default, about 60 levels of accounts; the format has no limit. */
    @Test
    void aTreeAHundredAccountsDeepIsRead() throws Exception {
        StringBuilder json = new StringBuilder("{\"records\": [");
        int depth = 100;
        for (int i = 0; i < depth; i++) {
            json.append("{\"attributes\": {\"type\": \"Account\", \"referenceId\": \"R").append(i)
                    .append("\"}, \"Name\": \"Level ").append(i).append('"');
            if (i < depth - 1) {
                json.append(", \"ChildAccounts\": {\"records\": [");
            }
        }
        for (int i = 0; i < depth; i++) {
            json.append(i == 0 ? "}" : "]}}");
        }
        json.append("]}");
        Path file = Files.writeString(dir.resolve("deep.json"), json, StandardCharsets.UTF_8);
        ImportSummary summary = importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(),
                ImportOptions.DEFAULTS);
        assertEquals(depth, summary.created());
        org.accountatlas.model.Account deepest = portfolio.getAccounts().stream()
                .filter(a -> a.getName().equals("Level 99")).findFirst().orElseThrow();
        assertEquals("Level 98", deepest.getParent().getName());
    }
}
