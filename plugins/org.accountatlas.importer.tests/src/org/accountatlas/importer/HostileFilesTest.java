package org.accountatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files a CRM never meant to write: each fails the import with a message naming the file and where in it,
 * and the portfolio is exactly what it was.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> hostileAccountFiles() {
        String header = "Id,Name,ParentId,AnnualRevenue\n";
        return Stream.of(
                Arguments.of("truncated.csv", text(header + "A1,Alpha,,10\nA2,Beta\n"),
                        "line 3", "2 values where the header has 4 columns"),
                Arguments.of("unclosed-quote.csv", text(header + "A1,\"Alpha,,10\nA2,Beta,A1,5\n"),
                        "line 2", "a quote may be missing"),
                Arguments.of("cycle.csv", text(header + "A1,Alpha,A3,1\nA2,Beta,A1,2\nA3,Gamma,A2,3\n"),
                        "line 2", "Alpha \u2192 Gamma \u2192 Beta \u2192 Alpha"),
                Arguments.of("self-parent.csv", text(header + "A1,Alpha,A1,1\n"),
                        "column ParentId", "circular"),
                Arguments.of("duplicate-ids.csv", text(header + "A1,Alpha,,1\nA1,Beta,,2\n"),
                        "line 3, column Id, value \"A1\"", "the same id appears on line 2"),
                Arguments.of("unknown-parent.csv", text(header + "A1,Alpha,,1\nA2,Beta,ZZ9,2\n"),
                        "line 3, column ParentId, value \"ZZ9\"", "the parent of Beta"),
                Arguments.of("not-a-number.csv", text(header + "A1,Alpha,,lots\n"),
                        "line 2, column AnnualRevenue, value \"lots\"", "expected a number"),
                Arguments.of("huge-field.csv", text(header + "A1,\"" + "x".repeat(1_200_000) + "\",,1\n"),
                        "line 2", "more than the 1000000 allowed"),
                Arguments.of("binary.csv", junk(), "binary.csv line", "binary data"),
                Arguments.of("empty.csv", new byte[0], "empty.csv", "the file is empty"),
                Arguments.of("header-twice.csv", text("Id,Name,Name\nA1,Alpha,Beta\n"),
                        "line 1, column Name", "names this column twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAccountFiles")
    void failsCleanlyNamingTheFileAndPlace(String name, byte[] content, String where, String what)
            throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Portfolio portfolio = SamplePortfolio.build(new java.util.Date());
        Portfolio before = EcoreUtil.copy(portfolio);

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> Portfolios.importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(),
                        ImportOptions.DEFAULTS));

        String message = failure.getMessage();
        assertTrue(message.startsWith(name), message);
        assertTrue(message.contains(where), "where: " + message);
        assertTrue(message.contains(what), "what: " + message);
        assertTrue(EcoreUtil.equals(before, portfolio), "the portfolio is unchanged");
    }

    static Stream<Arguments> hostileContactFiles() {
        String header = "Id,AccountId,LastName,ReportsToId\n";
        return Stream.of(
                Arguments.of("reporting-cycle.csv", text(header + "C1,ACC,Ames,C2\nC2,ACC,Bose,C1\n"),
                        "line 2", "Ames \u2192 Bose \u2192 Ames"),
                Arguments.of("unknown-account.csv", text(header + "C1,NOPE,Ames,\n"),
                        "line 2, column AccountId, value \"NOPE\"", "no such account"),
                Arguments.of("manager-elsewhere.csv", text(header + "C1,ACC,Ames,\nC2,OTHER,Bose,C1\n"),
                        "line 3, column ReportsToId", "works at another account"),
                Arguments.of("no-name.csv", text(header + "C1,ACC,,\n"), "line 2", "no name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileContactFiles")
    void contactFilesFailCleanlyToo(String name, byte[] content, String where, String what) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Portfolio portfolio = Portfolios.empty();
        Portfolios.importInto(portfolio, Files.write(dir.resolve("accounts.csv"),
                text("Id,Name\nACC,Acme\nOTHER,Other Corp\n")), ImportKind.ACCOUNTS, new MappingSpec(),
                ImportOptions.DEFAULTS);
        Portfolio before = EcoreUtil.copy(portfolio);

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> Portfolios.importInto(portfolio, file, ImportKind.CONTACTS, new MappingSpec(),
                        ImportOptions.DEFAULTS));

        assertTrue(failure.getMessage().contains(where), failure.getMessage());
        assertTrue(failure.getMessage().contains(what), failure.getMessage());
        assertTrue(EcoreUtil.equals(before, portfolio));
        assertEquals(2, portfolio.getAccounts().size());
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] junk() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[100] = 0;
        return bytes;
    }
}
