package org.accountatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.RelationshipType;
import org.junit.jupiter.api.Test;

class AccountKpisTest {

    private static final Date NOW = day(2026, 11, 23);
    private final Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();

    private Account account(String name, double revenue, double profit, double potential, double cost) {
        Account account = AtlasFactory.eINSTANCE.createAccount();
        account.setName(name);
        account.setStatus(AccountStatus.ACTIVE);
        account.setCustomerSince(day(2020, 1, 1));
        account.setAnnualRevenue(revenue);
        account.setProfit(profit);
        account.setPotentialVolume(potential);
        account.setCostToServe(cost);
        portfolio.getAccounts().add(account);
        return account;
    }

    private static Date day(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void valuesAreRelativeToThePortfolio() {
        Account big = account("Big", 100, 80, 1000, 10);
        big.setRelationshipType(RelationshipType.STRATEGIC_ALLIANCE);
        big.setExpectedSatisfaction(8);
        big.setPerceivedSatisfaction(10);
        Account sub = account("Sub", 50, 5, 10, 90);
        sub.setParent(big);
        account("Small", 10, 15, 100, 50);
        Account lost = account("Lost", 0, 0, 0, 0);
        lost.setStatus(AccountStatus.LOST);
        lost.setLostDate(day(2026, 6, 1));
        portfolio.setDiscountRate(0.1);

        AccountKpis kpis = AccountKpis.of(big, NOW);

        assertEquals(150, kpis.rolledUpRevenue());
        assertEquals(1.25, kpis.satisfaction().getAsDouble(), 1e-9);
        assertEquals(ServiceMatrix.Quadrant.STAR, kpis.quadrant());
        assertEquals(TargetClassifier.TargetClass.KEY_TARGET, kpis.targetClass());
        assertEquals(PyramidTier.KEY_STRATEGIC, kpis.suggestedTier());
        assertEquals(0.75, kpis.retention().retentionRate(), 1e-9, "one of four customers lost in the last year");
        assertEquals(80 * 0.75 / (1 + 0.1 - 0.75), kpis.lifetimeValue(), 1e-9);
        assertEquals(TargetClassifier.TargetClass.NON_TARGET, AccountKpis.of(sub, NOW).targetClass());
    }

    @Test
    void followsAnEditAtOnce() {
        Account a = account("A", 10, 10, 10, 10);
        account("B", 10, 90, 10, 10);
        assertTrue(AccountKpis.of(a, NOW).satisfaction().isEmpty(), "not assessed yet");
        assertEquals(PyramidTier.ORDINARY, AccountKpis.of(a, NOW).suggestedTier(), "B brings 90% of the profit");
        a.setProfit(500);
        assertEquals(PyramidTier.KEY_STRATEGIC, AccountKpis.of(a, NOW).suggestedTier());
    }
}
