package org.accountatlas.app.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ValueKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Numbers shown by what they stand for, as the Ecore's value kinds say, and read back from what is shown. */
class ValueTextTest {

    private static final AtlasPackage ATLAS = AtlasPackage.eINSTANCE;
    private final Locale before = Locale.getDefault();
    private Portfolio portfolio;
    private Account account;

    @BeforeEach
    void portfolio() {
        Locale.setDefault(Locale.UK);
        portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        portfolio.setCurrency("CNY");
        account = AtlasFactory.eINSTANCE.createAccount();
        portfolio.getAccounts().add(account);
        // Set, so they show (a number nobody set shows empty).
        account.setAnnualRevenue(1);
        account.setProfit(1);
        account.setShareOfWallet(1);
        account.setPaymentDays(1);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void kindsComeFromTheEcore() {
        assertEquals(ValueKind.MONEY, ValueKind.of(ATLAS.getAccount_AnnualRevenue()));
        assertEquals(ValueKind.PERCENT, ValueKind.of(ATLAS.getAccount_ShareOfWallet()));
        assertEquals(ValueKind.RATIO, ValueKind.of(ATLAS.getPortfolio_DiscountRate()));
        assertEquals(ValueKind.DAYS, ValueKind.of(ATLAS.getAccount_PaymentDays()));
        assertEquals(ValueKind.PLAIN, ValueKind.of(ATLAS.getAccount_ExpectedSatisfaction()));
    }

    @Test
    void aNumberNobodySetShowsEmpty() {
        assertEquals("", ValueText.format(ATLAS.getAccount_OwnershipPercent(), account, 0.0), "no \"0%\" for a group");
        account.setOwnershipPercent(51);
        assertEquals("51%", ValueText.format(ATLAS.getAccount_OwnershipPercent(), account, 51.0));
        assertEquals("10%", ValueText.format(ATLAS.getPortfolio_DiscountRate(), portfolio, 0.1), "a modelled default");
    }

    @Test
    void moneyHasSeparatorsAndThePortfoliosCurrency() {
        assertEquals("CN¥9,470,000", ValueText.format(ATLAS.getAccount_AnnualRevenue(), account, 9_470_000.0));
        assertEquals("CN¥482,811.50", ValueText.format(ATLAS.getAccount_Profit(), account, 482_811.5));
        portfolio.setCurrency(null);
        assertEquals("9,470,000", ValueText.format(ATLAS.getAccount_AnnualRevenue(), account, 9_470_000.0));
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        portfolio.setCurrency("CNY");
        assertEquals("¥9,470,000", ValueText.format(ATLAS.getAccount_AnnualRevenue(), account, 9_470_000.0));
    }

    @Test
    void percentagesRatiosAndDays() {
        assertEquals("45%", ValueText.format(ATLAS.getAccount_ShareOfWallet(), account, 45.0));
        account.setOwnershipPercent(12.5);
        assertEquals("12.5%", ValueText.format(ATLAS.getAccount_OwnershipPercent(), account, 12.5));
        assertEquals("10%", ValueText.format(ATLAS.getPortfolio_DiscountRate(), portfolio, 0.1));
        assertTrue(ValueText.format(ATLAS.getAccount_PaymentDays(), account, 45).matches("45\\D+"));
    }

    @Test
    void whatIsShownReadsBack() {
        for (double amount : new double[] { 9_470_000, 482_811.5, 0, -1_250.25 }) {
            String shown = ValueText.format(ATLAS.getAccount_AnnualRevenue(), account, amount);
            assertEquals(amount, ValueText.parse(ATLAS.getAccount_AnnualRevenue(), account, shown), shown);
        }
        assertEquals(0.1, ValueText.parse(ATLAS.getPortfolio_DiscountRate(), portfolio,
                ValueText.format(ATLAS.getPortfolio_DiscountRate(), portfolio, 0.1)));
        assertEquals(45, ValueText.parse(ATLAS.getAccount_PaymentDays(), account,
                ValueText.format(ATLAS.getAccount_PaymentDays(), account, 45)));
    }

    @Test
    void typedNumbersAreReadLeniently() {
        for (String typed : new String[] { "1,094,605,735", "1 094 605 735", "1\u00A0094\u00A0605\u00A0735",
            "1'094'605'735", "1.094.605.735", "CNY 1,094,605,735", "¥1094605735" }) {
            assertEquals(1_094_605_735.0, ValueText.parse(ATLAS.getAccount_AnnualRevenue(), account, typed), typed);
        }
        assertEquals(0.08, (double) ValueText.parse(ATLAS.getPortfolio_DiscountRate(), portfolio, "8 %"), 1e-12);
        assertEquals(0.08, (double) ValueText.parse(ATLAS.getPortfolio_DiscountRate(), portfolio, "0.08"), 1e-12);
        assertEquals(30.0, ValueText.parse(ATLAS.getAccount_ShareOfWallet(), account, "30%"));
    }

    @Test
    void wrongTextIsRefusedWithAnExampleOfItsKind() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ValueText.parse(ATLAS.getAccount_AnnualRevenue(), account, "lots"));
        assertTrue(refused.getMessage().contains("CN¥1,250,000"), refused.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ValueText.parse(ATLAS.getAccount_PaymentDays(), account, "4.5"));
    }
}
