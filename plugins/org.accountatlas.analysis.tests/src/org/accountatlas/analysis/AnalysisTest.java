package org.accountatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountatlas.analysis.MapHealth.Check;
import org.accountatlas.analysis.MapHealth.Status;
import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.Coverage;
import org.accountatlas.model.InfluenceLevel;
import org.accountatlas.model.Opportunity;
import org.accountatlas.model.OpportunityStage;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.RelationshipType;
import org.accountatlas.model.TeamMember;
import org.accountatlas.model.TeamRole;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private final AtlasFactory f = AtlasFactory.eINSTANCE;

    private Account account(String name, double revenue) {
        Account account = f.createAccount();
        account.setName(name);
        account.setAnnualRevenue(revenue);
        return account;
    }

    @Test
    void revenueRollsUpEveryLevelOfTheGroup() {
        Account group = account("Group", 100);
        Account sub = account("Sub", 40);
        Account subSub = account("SubSub", 10);
        Account sibling = account("Sibling", 5);
        sub.setParent(group);
        subSub.setParent(sub);
        sibling.setParent(group);
        assertEquals(155, Rollup.revenue(group));
        assertEquals(50, Rollup.revenue(sub));
        assertEquals(4, Rollup.accounts(group));
    }

    @Test
    void rollupStopsAtACycleInsteadOfLooping() {
        Account a = account("A", 1);
        Account b = account("B", 2);
        a.setParent(b);
        b.setParent(a);
        assertEquals(3, Rollup.revenue(a));
    }

    @Test
    void openPipelineCountsOnlyOpenOpportunities() {
        Account group = account("Group", 0);
        Account sub = account("Sub", 0);
        sub.setParent(group);
        group.getOpportunities().add(opportunity(100, OpportunityStage.PROPOSAL));
        group.getOpportunities().add(opportunity(999, OpportunityStage.WON));
        sub.getOpportunities().add(opportunity(50, OpportunityStage.QUALIFICATION));
        sub.getOpportunities().add(opportunity(999, OpportunityStage.LOST));
        assertEquals(150, Rollup.openPipeline(group));
    }

    private Opportunity opportunity(double value, OpportunityStage stage) {
        Opportunity o = f.createOpportunity();
        o.setValue(value);
        o.setStage(stage);
        return o;
    }

    @Test
    void contactsRollUpThroughNestedUnits() {
        Account group = account("Group", 0);
        Account sub = account("Sub", 0);
        sub.setParent(group);
        OrgUnit unit = unit(group);
        OrgUnit nested = f.createOrgUnit();
        unit.getSubUnits().add(nested);
        contact(unit, BuyingRole.NONE);
        contact(nested, BuyingRole.NONE);
        contact(unit(sub), BuyingRole.NONE);
        assertEquals(3, Rollup.contacts(group));
    }

    @Test
    void satisfactionIndexIsPerceivedOverExpected() {
        Account a = account("A", 0);
        assertTrue(Satisfaction.index(a).isEmpty());
        a.setExpectedSatisfaction(8);
        a.setPerceivedSatisfaction(6);
        assertEquals(0.75, Satisfaction.index(a).getAsDouble(), 1e-9);
        assertEquals(Satisfaction.Level.DISAPPOINTED, Satisfaction.levelOf(0.75));
        assertEquals(Satisfaction.Level.SATISFIED, Satisfaction.levelOf(1.0));
        assertEquals(Satisfaction.Level.DELIGHTED, Satisfaction.levelOf(1.25));
    }

    @Test
    void serviceMatrixSplitsOnPotentialAndRelationship() {
        Account star = matrixAccount(900, RelationshipType.STRATEGIC_ALLIANCE);
        Account question = matrixAccount(900, RelationshipType.TRANSACTIONAL);
        Account cow = matrixAccount(100, RelationshipType.PARTNERSHIP);
        Account dog = matrixAccount(100, RelationshipType.PREFERRED_SUPPLIER);
        double split = Medians.of(List.of(star, question, cow, dog), Account::getPotentialVolume);
        assertEquals(500, split);
        assertEquals(ServiceMatrix.Quadrant.STAR, ServiceMatrix.of(star, split));
        assertEquals(ServiceMatrix.Quadrant.QUESTION_MARK, ServiceMatrix.of(question, split));
        assertEquals(ServiceMatrix.Quadrant.CASH_COW, ServiceMatrix.of(cow, split));
        assertEquals(ServiceMatrix.Quadrant.DOG, ServiceMatrix.of(dog, split));
    }

    private Account matrixAccount(double potential, RelationshipType type) {
        Account a = account("A", 0);
        a.setPotentialVolume(potential);
        a.setRelationshipType(type);
        return a;
    }

    @Test
    void targetClassWeighsDemandAgainstCostToServe() {
        assertEquals(TargetClassifier.TargetClass.KEY_TARGET, TargetClassifier.of(target(900, 10), 500, 50));
        assertEquals(TargetClassifier.TargetClass.TARGET, TargetClassifier.of(target(900, 90), 500, 50));
        assertEquals(TargetClassifier.TargetClass.TARGET, TargetClassifier.of(target(100, 10), 500, 50));
        assertEquals(TargetClassifier.TargetClass.NON_TARGET, TargetClassifier.of(target(100, 90), 500, 50));
    }

    private Account target(double demand, double cost) {
        Account a = account("A", 0);
        a.setPotentialVolume(demand);
        a.setCostToServe(cost);
        return a;
    }

    /** Ten accounts, profits 40, 20, 10, 8, 7, 5, 4, 3, 2, 1 (total 100); a loss-maker at -5. */
    @Test
    void paretoTieringFollowsCumulativeProfitShare() {
        double[] profits = { 40, 20, 10, 8, 7, 5, 4, 3, 2, 1, -5 };
        List<Account> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < profits.length; i++) {
            Account a = account("A" + i, 0);
            a.setProfit(profits[i]);
            accounts.add(a);
        }
        Map<Account, PyramidTier> tiers = ParetoTiering.suggest(accounts);
        // before: 0, 40 -> key-strategic; 60, 70, 78 -> key; 85, 90, 94 -> ordinary; 97, 99 -> small
        PyramidTier[] expected = { PyramidTier.KEY_STRATEGIC, PyramidTier.KEY_STRATEGIC, PyramidTier.KEY, PyramidTier.KEY,
            PyramidTier.KEY, PyramidTier.ORDINARY, PyramidTier.ORDINARY, PyramidTier.ORDINARY, PyramidTier.SMALL,
            PyramidTier.SMALL, PyramidTier.SMALL };
        for (int i = 0; i < profits.length; i++) {
            assertEquals(expected[i], tiers.get(accounts.get(i)), "account with profit " + profits[i]);
        }
    }

    @Test
    void churnAndRetentionCountCustomersAtTheStartOfThePeriod() {
        Date from = day(2025, 1, 1);
        Date to = day(2026, 1, 1);
        Account kept = customer(day(2020, 1, 1), null);
        Account lostIn = customer(day(2021, 1, 1), day(2025, 6, 1));
        Account lostBefore = customer(day(2019, 1, 1), day(2024, 6, 1));
        Account newDuring = customer(day(2025, 3, 1), null);
        Account prospect = account("P", 0);
        prospect.setStatus(AccountStatus.PROSPECT);
        Account another = customer(day(2018, 1, 1), null);
        Account lostToo = customer(day(2018, 1, 1), day(2025, 12, 31));
        Account lostAfter = customer(day(2018, 1, 1), day(2026, 2, 1));
        Retention.Rates rates = Retention.over(List.of(kept, lostIn, lostBefore, newDuring, prospect, another, lostToo, lostAfter), from, to);
        assertEquals(5, rates.customersAtStart());
        assertEquals(2, rates.lost());
        assertEquals(0.4, rates.churnRate(), 1e-9);
        assertEquals(0.6, rates.retentionRate(), 1e-9);
    }

    private Account customer(Date since, Date lost) {
        Account a = account("C", 0);
        a.setStatus(lost == null ? AccountStatus.ACTIVE : AccountStatus.LOST);
        a.setCustomerSince(since);
        a.setLostDate(lost);
        return a;
    }

    private static Date day(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void lifetimeValueIsMarginTimesRetentionOverDiscountedChurn() {
        // m = 100, r = 0.8, d = 0.1: 100 * 0.8 / (1 + 0.1 - 0.8) = 266.67
        assertEquals(266.666, LifetimeValue.of(100, 0.8, 0.1), 1e-3);
        assertEquals(0, LifetimeValue.of(100, 0, 0.1), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> LifetimeValue.of(100, 1.2, 0.1));
    }

    @Test
    void mapHealthIsGreenOnlyWhenEveryCheckPasses() {
        Account account = account("A", 0);
        OrgUnit unit = unit(account);
        Contact buyer = contact(unit, BuyingRole.ECONOMIC_BUYER);
        Contact coach = contact(unit, BuyingRole.COACH);
        TeamMember manager = member(TeamRole.ACCOUNT_MANAGER);
        assertEquals(Set.of(Check.ECONOMIC_BUYER_COVERED_BY_SPONSOR_OR_MANAGER, Check.MORE_THAN_ONE_CONTACT_COVERED),
                MapHealth.of(account).failed());
        assertEquals(Status.AMBER, MapHealth.of(account).status());
        cover(account, manager, buyer);
        cover(account, member(TeamRole.SALES), coach);
        assertEquals(Status.GREEN, MapHealth.of(account).status());

        Contact opponent = contact(unit, BuyingRole.INFLUENCER);
        opponent.setInfluence(InfluenceLevel.HIGH);
        opponent.setAttitude(Attitude.OPPONENT);
        MapHealth.Result result = MapHealth.of(account);
        assertEquals(Status.AMBER, result.status());
        assertFalse(result.passed(Check.NO_UNCOVERED_HIGH_INFLUENCE_OPPONENT));
    }

    @Test
    void mapHealthIsRedWithoutADecisionMakerAndIgnoresPeopleWhoLeft() {
        Account account = account("A", 0);
        Contact buyer = contact(unit(account), BuyingRole.ECONOMIC_BUYER);
        buyer.setStatus(ContactStatus.LEFT);
        assertEquals(Status.RED, MapHealth.of(account).status());
        assertTrue(MapHealth.of(account).failed().contains(Check.DECISION_MAKER_IDENTIFIED));
    }

    private OrgUnit unit(Account account) {
        OrgUnit unit = f.createOrgUnit();
        account.getOrgUnits().add(unit);
        return unit;
    }

    private Contact contact(OrgUnit unit, BuyingRole role) {
        Contact contact = f.createContact();
        contact.setBuyingRole(role);
        unit.getContacts().add(contact);
        return contact;
    }

    private TeamMember member(TeamRole role) {
        TeamMember member = f.createTeamMember();
        member.setRole(role);
        return member;
    }

    private void cover(Account account, TeamMember member, Contact contact) {
        Coverage coverage = f.createCoverage();
        coverage.setTeamMember(member);
        coverage.setContact(contact);
        account.getCoverages().add(coverage);
    }
}
