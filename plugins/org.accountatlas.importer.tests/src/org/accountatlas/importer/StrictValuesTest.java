package org.accountatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.accountatlas.model.AtlasPackage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values are read strictly: what is not clearly a date or a number is refused with why, never half-read. */
class StrictValuesTest {

    private final ValueConverter converter = new ValueConverter(false);

    private Object date(String text) throws Exception {
        return converter.convert(AtlasPackage.Literals.ACCOUNT__CUSTOMER_SINCE, text, Map.of());
    }

    private Object number(String text) throws Exception {
        return converter.convert(AtlasPackage.Literals.ACCOUNT__ANNUAL_REVENUE, text, Map.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "2020-01-01|2020-01-01", "2018-10-24T23:15:19.000+0000|2018-10-24",
        "2018-10-24 23:15|2018-10-24", "2018-10-24T23:15:19Z|2018-10-24", "28/01/2006|2006-01-28",
        "28/01/2006 11:15 PM|2006-01-28" })
    void datesAsExportsWriteThem(String text, String day) throws Exception {
        assertEquals(LocalDate.parse(day), ((Date) date(text)).toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2020-01-01Tgarbage", "2020-01-01 tomorrow", "0000-01-01", "0999-12-31", "2020-13-01",
        "31/02/2020", "2020-01-01T25", "yesterday" })
    void anythingElseIsNoDate(String text) {
        ValueConverter.BadValue refused = assertThrows(ValueConverter.BadValue.class, () -> date(text));
        assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1e-400", "١٢٣", "１２３", "12abc", "NaN", "Infinity", "1e400" })
    void numbersThatAreNotStorableNumbersAreRefused(String text) {
        assertThrows(ValueConverter.BadValue.class, () -> number(text));
    }

    @org.junit.jupiter.api.Test
    void aMillionDigitsAreRefusedBeforeTheyAreRead() {
        ValueConverter.BadValue refused = assertThrows(ValueConverter.BadValue.class, () -> number("9".repeat(1_000_000)));
        assertTrue(refused.getMessage().contains("400 characters"), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "1 094 605 735|1094605735", "1,234.5|1234.5", "0.000001|0.000001" })
    void numbersAsPeopleWriteThem(String text, double expected) throws Exception {
        assertEquals(expected, (double) number(text), 1e-9);
    }

    @org.junit.jupiter.api.Test
    void theDigitsOfTheChosenLocaleAreReadAndOnlyThose() throws Exception {
        ValueConverter egyptian = new ValueConverter(false, java.util.Locale.forLanguageTag("ar-EG"));
        assertEquals(1234.5, (double) egyptian.convert(AtlasPackage.Literals.ACCOUNT__ANNUAL_REVENUE,
                "\u0661\u0662\u0663\u0664.\u0665", Map.of()), 1e-9);
        assertEquals(77.0, (double) egyptian.convert(AtlasPackage.Literals.ACCOUNT__ANNUAL_REVENUE, "77", Map.of()));
        ValueConverter.BadValue fullWidth = assertThrows(ValueConverter.BadValue.class,
                () -> egyptian.convert(AtlasPackage.Literals.ACCOUNT__ANNUAL_REVENUE, "\uFF11\uFF12", Map.of()));
        assertTrue(fullWidth.getMessage().contains("0-9"), fullWidth.getMessage());
    }

    @org.junit.jupiter.api.Test
    void otherDigitsInAFileAreRefusedNamingTheRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("revenue.csv"),
                "Id,Name,AnnualRevenue\nA1,Alpha,100\nA2,Beta,\u0661\u0662\u0663\n");
        org.accountatlas.model.Portfolio portfolio = Portfolios.empty();
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> Portfolios.importInto(
                portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(), ImportOptions.DEFAULTS));
        assertTrue(refused.getMessage().contains("revenue.csv line 3, column AnnualRevenue"), refused.getMessage());
        assertEquals(0, portfolio.getAccounts().size());

        Portfolios.importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(),
                ImportOptions.DEFAULTS.withNumberLocale(java.util.Locale.forLanguageTag("ar-EG")));
        assertEquals(123.0, portfolio.getAccounts().get(1).getAnnualRevenue());
    }
}
