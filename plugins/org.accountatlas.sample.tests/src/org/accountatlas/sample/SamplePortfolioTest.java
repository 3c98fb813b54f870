package org.accountatlas.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.accountatlas.analysis.MapHealth;
import org.accountatlas.analysis.Rollup;
import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

/** The sample is what a new user explores first: it must be rich, varied and valid. */
class SamplePortfolioTest {

    private static final Date DAY = Date.from(LocalDate.of(2026, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC));

    private final Portfolio sample = SamplePortfolio.build(DAY);

    @Test
    void hasGroupsAtLeastThreeLevelsDeepAndEnoughPeople() {
        assertTrue(sample.getAccounts().size() >= 40);
        long groups = sample.getAccounts().stream().filter(a -> a.getParent() == null && !a.getSubsidiaries().isEmpty()).count();
        assertTrue(groups >= 3, "groups: " + groups);
        int deepest = sample.getAccounts().stream().mapToInt(a -> ModelQueries.ancestorsOf(a).size()).max().orElse(0);
        assertTrue(deepest >= 3, "deepest level: " + deepest);
        int contacts = sample.getAccounts().stream().mapToInt(a -> ModelQueries.contactsOf(a).size()).sum();
        assertTrue(contacts >= 150, "contacts: " + contacts);
    }

    @Test
    void speaksChineseAndEnglishAndCoversEveryStatus() {
        assertTrue(sample.getAccounts().stream().anyMatch(a -> a.getName().matches(".*\\p{IsHan}.*")));
        assertTrue(sample.getAccounts().stream().anyMatch(a -> a.getName().matches("[A-Za-z .,-]+")));
        Set<AccountStatus> statuses = EnumSet.noneOf(AccountStatus.class);
        sample.getAccounts().forEach(a -> statuses.add(a.getStatus()));
        assertEquals(EnumSet.allOf(AccountStatus.class), statuses);
    }

    @Test
    void mapHealthVariesAcrossKeyAccounts() {
        Set<MapHealth.Status> seen = EnumSet.noneOf(MapHealth.Status.class);
        for (Account account : sample.getAccounts()) {
            seen.add(MapHealth.of(account).status());
        }
        assertTrue(seen.size() >= 2, "a strategist needs some accounts to act on: " + seen);
    }

    @Test
    void isValidAndReproducible() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(sample);
        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.toString());
        Portfolio again = SamplePortfolio.build(DAY);
        assertEquals(Rollup.revenue(sample.getAccounts().get(0)), Rollup.revenue(again.getAccounts().get(0)));
        assertEquals(sample.getAccounts().get(7).getName(), again.getAccounts().get(7).getName());
    }

    @Test
    void generatedPortfoliosHaveTheRequestedSizeAndDepth() {
        Portfolio big = GeneratedPortfolio.generate(300, 5, 8, 100, 1, DAY);
        assertEquals(300, big.getAccounts().size());
        int deepest = big.getAccounts().stream().mapToInt(a -> ModelQueries.ancestorsOf(a).size()).max().orElse(0);
        assertEquals(7, deepest, "eight levels: the group and seven below it");
        assertEquals(1500, big.getAccounts().stream().mapToInt(a -> ModelQueries.contactsOf(a).size()).sum());
    }
}
