package org.accountatlas.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Competitor;
import org.accountatlas.model.CompetitorPosition;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.Coverage;
import org.accountatlas.model.CreditAssessment;
import org.accountatlas.model.Influence;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.RelationshipLevel;
import org.accountatlas.model.TeamMember;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelRulesTest {

    private final AtlasFactory f = AtlasFactory.eINSTANCE;
    private Portfolio portfolio;
    private Account acme;
    private Contact ceo;
    private Contact cio;

    @BeforeEach
    void validPortfolio() {
        portfolio = f.createPortfolio();
        portfolio.setName("Portfolio");
        acme = account("Acme");
        OrgUnit board = f.createOrgUnit();
        board.setName("Board");
        acme.getOrgUnits().add(board);
        ceo = contact(board, "Chen");
        cio = contact(board, "Ivy");
        cio.setReportsTo(ceo);
    }

    private Account account(String name) {
        Account account = f.createAccount();
        account.setName(name);
        portfolio.getAccounts().add(account);
        return account;
    }

    private Contact contact(OrgUnit unit, String name) {
        Contact contact = f.createContact();
        contact.setName(name);
        unit.getContacts().add(contact);
        return contact;
    }

    private List<Diagnostic> problems() {
        BasicDiagnostic result = Diagnostician.INSTANCE.createDefaultDiagnostic(portfolio);
        Diagnostician.INSTANCE.validate(portfolio, result);
        List<Diagnostic> leaves = new ArrayList<>();
        collect(result, leaves);
        return leaves;
    }

    private static void collect(Diagnostic d, List<Diagnostic> into) {
        if (d.getChildren().isEmpty() && d.getSeverity() != Diagnostic.OK) {
            into.add(d);
        }
        d.getChildren().forEach(c -> collect(c, into));
    }

    private void assertOnlyProblem(int severity, String containing) {
        List<Diagnostic> problems = problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        assertEquals(severity, problems.get(0).getSeverity(), problems.get(0).getMessage());
        assertTrue(problems.get(0).getMessage().contains(containing), problems.get(0).getMessage());
    }

    @Test
    void aConsistentPortfolioHasNoProblems() {
        assertTrue(problems().isEmpty(), () -> problems().toString());
    }

    @Test
    void aParentCycleIsAnErrorNamingTheWholeLine() {
        Account group = account("Group");
        acme.setParent(group);
        group.setParent(acme);
        List<Diagnostic> problems = problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(d -> d.getSeverity() == Diagnostic.ERROR));
        assertTrue(problems.get(0).getMessage().contains("Acme → Group → Acme"), problems.get(0).getMessage());
    }

    @Test
    void ownershipAbove100IsAnError() {
        acme.setOwnershipPercent(150);
        assertOnlyProblem(Diagnostic.ERROR, "150%");
    }

    @Test
    void negativeShareOfWalletIsAnError() {
        acme.setShareOfWallet(-5);
        assertOnlyProblem(Diagnostic.ERROR, "-5%");
    }

    @Test
    void satisfactionNeedsAPositiveExpectation() {
        acme.setPerceivedSatisfaction(8);
        assertOnlyProblem(Diagnostic.ERROR, "8 / 0");
        acme.setExpectedSatisfaction(7);
        assertTrue(problems().isEmpty());
    }

    @Test
    void aLostAccountWithoutChurnReasonIsAWarning() {
        acme.setStatus(AccountStatus.LOST);
        assertOnlyProblem(Diagnostic.WARNING, "no churn reason");
    }

    @Test
    void sixCScoresRunFromOneToFive() {
        CreditAssessment assessment = f.createCreditAssessment();
        assessment.setCharacter(6);
        acme.setCreditAssessment(assessment);
        assertOnlyProblem(Diagnostic.ERROR, "score of 6");
    }

    @Test
    void aReportsToCycleIsAnError() {
        ceo.setReportsTo(cio);
        List<Diagnostic> problems = problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).getMessage().contains("Chen → Ivy → Chen")
                || problems.get(0).getMessage().contains("Ivy → Chen → Ivy"), problems.get(0).getMessage());
    }

    @Test
    void reportingToAnotherAccountIsAnError() {
        Account other = account("Other");
        OrgUnit unit = f.createOrgUnit();
        unit.setName("Unit");
        other.getOrgUnits().add(unit);
        Contact outsider = contact(unit, "Olga");
        cio.setReportsTo(outsider);
        assertOnlyProblem(Diagnostic.ERROR, "Olga (Other)");
    }

    @Test
    void aContactWhoLeftNeedsTheDate() {
        cio.setStatus(ContactStatus.LEFT);
        assertOnlyProblem(Diagnostic.WARNING, "has left");
        cio.setStatusDate(new Date());
        assertTrue(problems().isEmpty());
    }

    @Test
    void influenceStrengthRunsFromOneToFive() {
        Influence influence = influence(ceo, cio);
        influence.setStrength(0);
        assertOnlyProblem(Diagnostic.ERROR, "strength 0");
    }

    @Test
    void influenceOnOneselfIsAnError() {
        influence(ceo, ceo);
        assertOnlyProblem(Diagnostic.ERROR, "Chen to themselves");
    }

    @Test
    void coverageOfAnotherAccountsContactIsAnError() {
        coverage(account("Other"), ceo);
        assertOnlyProblem(Diagnostic.ERROR, "Chen (Acme)");
    }

    @Test
    void aimingBelowTheCurrentLevelIsAWarning() {
        Coverage coverage = coverage(acme, ceo);
        coverage.setCurrentLevel(RelationshipLevel.TRUSTED_ADVISOR);
        coverage.setDesiredLevel(RelationshipLevel.VENDOR);
        assertOnlyProblem(Diagnostic.WARNING, "trustedAdvisor → vendor");
    }

    @Test
    void competitorShareAbove100IsAnError() {
        Competitor rival = f.createCompetitor();
        rival.setName("Rival");
        portfolio.getCompetitors().add(rival);
        CompetitorPosition position = f.createCompetitorPosition();
        position.setCompetitor(rival);
        position.setShare(120);
        acme.getCompetitorPositions().add(position);
        assertOnlyProblem(Diagnostic.ERROR, "120%");
    }

    @Test
    void twoElementsWithOneIdAreErrors() {
        ceo.setId("same");
        cio.setId("same");
        List<Diagnostic> problems = problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).getMessage().contains("same (2×)"), problems.get(0).getMessage());
    }

    @Test
    void anUnnamedAccountIsAWarning() {
        acme.setName(" ");
        assertOnlyProblem(Diagnostic.WARNING, "give this Account a name");
    }

    private Coverage coverage(Account account, Contact contact) {
        TeamMember member = f.createTeamMember();
        member.setName("Zhang");
        portfolio.getTeamMembers().add(member);
        Coverage coverage = f.createCoverage();
        coverage.setTeamMember(member);
        coverage.setContact(contact);
        account.getCoverages().add(coverage);
        return coverage;
    }

    private Influence influence(Contact source, Contact target) {
        Influence influence = f.createInfluence();
        influence.setSource(source);
        influence.setTarget(target);
        acme.getInfluences().add(influence);
        return influence;
    }
}
