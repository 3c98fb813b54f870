package org.accountatlas.sample;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountPlan;
import org.accountatlas.model.ActionStatus;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.Competitor;
import org.accountatlas.model.CompetitorPosition;
import org.accountatlas.model.Complaint;
import org.accountatlas.model.ComplaintStatus;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.Coverage;
import org.accountatlas.model.CreditAssessment;
import org.accountatlas.model.Influence;
import org.accountatlas.model.InfluenceKind;
import org.accountatlas.model.InfluenceLevel;
import org.accountatlas.model.Interaction;
import org.accountatlas.model.InteractionKind;
import org.accountatlas.model.Need;
import org.accountatlas.model.NeedKind;
import org.accountatlas.model.Objective;
import org.accountatlas.model.Opportunity;
import org.accountatlas.model.OpportunityStage;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.PlanAction;
import org.accountatlas.model.Priority;
import org.accountatlas.model.RelationshipLevel;
import org.accountatlas.model.Severity;
import org.accountatlas.model.TeamMember;
import org.accountatlas.model.TeamRole;

/**
 * Fills one account with what a key-account team knows of it: departments and people with their formal and
 * informal lines, our coverage, competitors, needs, opportunities, interactions, complaints and a plan.
 */
final class AccountDetails {

    private static final String[][] UNITS = {
        { "总经理办公室", "Executive Office" }, { "采购部", "Procurement" }, { "信息技术部", "IT" },
        { "财务部", "Finance" }, { "生产运营部", "Operations" }, { "研发中心", "R&D" } };
    private static final String[][] HEAD_TITLES = {
        { "总经理", "Chief Executive Officer" }, { "采购总监", "Head of Procurement" }, { "首席信息官", "Chief Information Officer" },
        { "财务总监", "Chief Financial Officer" }, { "运营总监", "Head of Operations" }, { "研发总监", "Head of R&D" } };
    private static final String[][] STAFF_TITLES = {
        { "总经理助理", "Executive Assistant" }, { "采购经理", "Category Manager" }, { "IT架构师", "IT Architect" },
        { "财务经理", "Finance Manager" }, { "生产经理", "Plant Manager" }, { "工程师", "Engineer" } };
    private static final BuyingRole[] HEAD_ROLES = { BuyingRole.ECONOMIC_BUYER, BuyingRole.INFLUENCER,
            BuyingRole.TECHNICAL_BUYER, BuyingRole.INFLUENCER, BuyingRole.USER_BUYER, BuyingRole.TECHNICAL_BUYER };
    private static final BuyingRole[] STAFF_ROLES = { BuyingRole.GATEKEEPER, BuyingRole.USER_BUYER,
            BuyingRole.COACH, BuyingRole.NONE, BuyingRole.USER_BUYER, BuyingRole.INFLUENCER };

    private final AtlasFactory factory = AtlasFactory.eINSTANCE;
    private final Random random;
    private final NamePool names;
    private final List<TeamMember> team;
    private final List<Competitor> competitors;
    private final Date today;

    AccountDetails(Random random, List<TeamMember> team, List<Competitor> competitors, Date today) {
        this.random = random;
        this.names = new NamePool(random);
        this.team = team;
        this.competitors = competitors;
        this.today = today;
    }

    /** Adds about {@code contactCount} contacts; a rich account also gets the full strategic record. */
    void fill(Account account, int contactCount, boolean chinese, boolean rich) {
        int language = chinese ? 0 : 1;
        int unitCount = Math.max(1, Math.min(UNITS.length, (contactCount + 2) / 3));
        List<Contact> contacts = new ArrayList<>();
        Contact chief = null;
        for (int u = 0; u < unitCount && contacts.size() < contactCount; u++) {
            OrgUnit unit = factory.createOrgUnit();
            unit.setName(UNITS[u][language]);
            account.getOrgUnits().add(unit);
            Contact head = contact(unit, HEAD_TITLES[u][language], HEAD_ROLES[u], chinese);
            head.setInfluence(u == 0 ? InfluenceLevel.HIGH : pick(InfluenceLevel.HIGH, InfluenceLevel.MEDIUM));
            head.setReportsTo(chief);
            chief = chief == null ? head : chief;
            contacts.add(head);
            OrgUnit team = unit;
            if (u == 2 && contactCount > 8) {
                team = factory.createOrgUnit();
                team.setName(chinese ? "基础设施组" : "Infrastructure");
                unit.getSubUnits().add(team);
            }
            int staff = Math.min(contactCount - contacts.size(), u == unitCount - 1 ? contactCount : 2);
            for (int s = 0; s < staff && contacts.size() < contactCount; s++) {
                Contact member = contact(team, STAFF_TITLES[u][language], STAFF_ROLES[(u + s) % STAFF_ROLES.length], chinese);
                member.setInfluence(pick(InfluenceLevel.MEDIUM, InfluenceLevel.LOW));
                member.setReportsTo(head);
                contacts.add(member);
            }
        }
        addInfluences(account, contacts);
        addCoverage(account, contacts, rich);
        if (rich) {
            addStrategicRecord(account, contacts, chinese);
        }
    }

    private Contact contact(OrgUnit unit, String title, BuyingRole role, boolean chinese) {
        Contact contact = factory.createContact();
        contact.setName(names.person(chinese));
        contact.setTitle(title);
        contact.setBuyingRole(role);
        contact.setAttitude(pick(Attitude.CHAMPION, Attitude.SUPPORTER, Attitude.SUPPORTER, Attitude.NEUTRAL,
                Attitude.NEUTRAL, Attitude.SKEPTIC, Attitude.OPPONENT));
        contact.setLastContactDate(daysAgo(random.nextInt(120)));
        if (contact.getAttitude().compareTo(Attitude.SKEPTIC) >= 0 && !competitors.isEmpty()) {
            contact.setFavouredCompetitor(competitors.get(random.nextInt(competitors.size())));
        }
        if (random.nextInt(20) == 0) {
            contact.setStatus(ContactStatus.LEFT);
            contact.setStatusDate(daysAgo(random.nextInt(200)));
        }
        unit.getContacts().add(contact);
        return contact;
    }

    private void addInfluences(Account account, List<Contact> contacts) {
        int count = contacts.size() / 3;
        for (int i = 0; i < count; i++) {
            Contact source = contacts.get(random.nextInt(contacts.size()));
            Contact target = contacts.get(random.nextInt(contacts.size()));
            if (source == target) {
                continue;
            }
            Influence influence = factory.createInfluence();
            influence.setSource(source);
            influence.setTarget(target);
            influence.setKind(pick(InfluenceKind.INFORMAL, InfluenceKind.INFORMAL, InfluenceKind.DOTTED_LINE, InfluenceKind.CONFLICT));
            influence.setStrength(1 + random.nextInt(5));
            account.getInfluences().add(influence);
        }
    }

    private void addCoverage(Account account, List<Contact> contacts, boolean rich) {
        if (team.isEmpty()) {
            return;
        }
        int covered = rich ? Math.min(contacts.size(), 3 + random.nextInt(3)) : Math.min(contacts.size(), 1 + random.nextInt(2));
        for (int i = 0; i < covered; i++) {
            // The chief is covered by the account manager or sponsor in most accounts, not all: health varies.
            TeamMember member = i == 0 && random.nextInt(4) > 0 ? senior() : team.get(random.nextInt(team.size()));
            Coverage coverage = factory.createCoverage();
            coverage.setTeamMember(member);
            coverage.setContact(contacts.get(i == 0 ? 0 : random.nextInt(contacts.size())));
            RelationshipLevel current = RelationshipLevel.get(random.nextInt(4));
            coverage.setCurrentLevel(current);
            coverage.setDesiredLevel(RelationshipLevel.get(Math.min(4, current.getValue() + 1 + random.nextInt(2))));
            coverage.setLastMeeting(daysAgo(random.nextInt(90)));
            account.getCoverages().add(coverage);
        }
    }

    private TeamMember senior() {
        return team.stream().filter(t -> t.getRole() == TeamRole.ACCOUNT_MANAGER || t.getRole() == TeamRole.EXECUTIVE_SPONSOR)
                .skip(random.nextInt(2)).findFirst().orElse(team.get(0));
    }

    private void addStrategicRecord(Account account, List<Contact> contacts, boolean chinese) {
        account.setCreditAssessment(assessment());
        addNeeds(account, chinese);
        for (int i = 0; i < Math.min(2, competitors.size()); i++) {
            account.getCompetitorPositions().add(position(competitors.get((i + random.nextInt(competitors.size())) % competitors.size()), chinese));
        }
        addOpportunities(account, contacts, chinese);
        addInteractions(account, contacts, chinese);
        if (random.nextBoolean()) {
            account.getComplaints().add(complaint(chinese));
        }
        account.getPlans().add(plan(chinese));
    }

    private CreditAssessment assessment() {
        CreditAssessment a = factory.createCreditAssessment();
        a.setCapital(2 + random.nextInt(4));
        a.setConditions(2 + random.nextInt(4));
        a.setCapacity(2 + random.nextInt(4));
        a.setCharacter(3 + random.nextInt(3));
        a.setCollateral(1 + random.nextInt(5));
        a.setContinuity(2 + random.nextInt(4));
        return a;
    }

    private void addNeeds(Account account, boolean chinese) {
        String[][] needs = { { "降低采购总成本", "Lower total cost of ownership" }, { "缩短交付周期", "Shorter delivery times" },
            { "数字化转型支持", "Support for digital transformation" }, { "本地化技术服务", "Local technical service" } };
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Need need = factory.createNeed();
            need.setDescription(needs[(i + random.nextInt(needs.length)) % needs.length][chinese ? 0 : 1]);
            need.setPriority(Priority.get(random.nextInt(3)));
            need.setKind(i == 0 ? NeedKind.CORE : pick(NeedKind.CORE, NeedKind.LATENT));
            account.getNeeds().add(need);
        }
    }

    private CompetitorPosition position(Competitor competitor, boolean chinese) {
        CompetitorPosition p = factory.createCompetitorPosition();
        p.setCompetitor(competitor);
        p.setShare(5 + random.nextInt(40));
        p.setRelationshipAndBusiness(chinese ? "与采购部关系密切，年度框架协议" : "Close to procurement; yearly frame contract");
        p.setCapabilitiesAndResources(chinese ? "本地服务团队 30 人" : "Local service team of 30");
        p.setStrategy(chinese ? "以价格换份额" : "Buys share with price");
        p.setStrengthsAndWeaknesses(chinese ? "价格低；交付不稳定" : "Low price; unreliable delivery");
        p.setCustomerView(chinese ? "性价比高但风险大" : "Good value, higher risk");
        p.setLifecycle(chinese ? "成长期" : "Growing");
        return p;
    }

    private void addOpportunities(Account account, List<Contact> contacts, boolean chinese) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Opportunity o = factory.createOpportunity();
            o.setName((chinese ? "项目 " : "Project ") + (char) ('A' + i) + " " + (2026 + i));
            o.setValue(50_000 + random.nextInt(40) * 25_000);
            o.setStage(OpportunityStage.get(random.nextInt(OpportunityStage.VALUES.size())));
            o.setCloseDate(daysAgo(-30 - random.nextInt(300)));
            o.getContacts().add(contacts.get(0));
            if (contacts.size() > 1) {
                o.getContacts().add(contacts.get(1 + random.nextInt(contacts.size() - 1)));
            }
            account.getOpportunities().add(o);
        }
    }

    private void addInteractions(Account account, List<Contact> contacts, boolean chinese) {
        for (int i = 0; i < 2; i++) {
            Interaction interaction = factory.createInteraction();
            interaction.setKind(InteractionKind.get(random.nextInt(4)));
            interaction.setDate(daysAgo(7 + random.nextInt(150)));
            interaction.getParticipants().add(contacts.get(random.nextInt(contacts.size())));
            interaction.getTeamParticipants().add(team.get(random.nextInt(team.size())));
            interaction.setNotes(chinese ? "讨论明年的框架协议和服务水平" : "Discussed next year's frame agreement and service levels");
            account.getInteractions().add(interaction);
        }
    }

    private Complaint complaint(boolean chinese) {
        Complaint c = factory.createComplaint();
        c.setReceived(daysAgo(20 + random.nextInt(100)));
        c.setCategory(chinese ? "交付延迟" : "Late delivery");
        c.setSeverity(Severity.get(random.nextInt(4)));
        c.setStatus(ComplaintStatus.get(random.nextInt(4)));
        if (c.getStatus().compareTo(ComplaintStatus.RESOLVED) >= 0) {
            c.setResolvedDate(daysAgo(random.nextInt(15)));
        }
        c.setDescription(chinese ? "第三季度两批货物延迟超过一周" : "Two Q3 shipments arrived more than a week late");
        return c;
    }

    private AccountPlan plan(boolean chinese) {
        AccountPlan plan = factory.createAccountPlan();
        plan.setName(chinese ? "2027 年客户计划" : "Account plan 2027");
        plan.setPeriod("2027");
        Objective objective = factory.createObjective();
        objective.setDescription(chinese ? "钱包份额提升到 40%" : "Grow share of wallet to 40%");
        objective.setMeasure(chinese ? "钱包份额" : "Share of wallet");
        objective.setTargetValue(40);
        plan.getObjectives().add(objective);
        String[][] actions = { { "拜访首席信息官，介绍路线图", "Meet the CIO to present our roadmap" },
            { "组织高层互访", "Arrange an executive exchange visit" }, { "季度业务回顾", "Quarterly business review" } };
        for (int i = 0; i < actions.length; i++) {
            PlanAction action = factory.createPlanAction();
            action.setDescription(actions[i][chinese ? 0 : 1]);
            action.setOwner(team.get(random.nextInt(team.size())));
            action.setDueDate(daysAgo(-20 - 30 * i));
            action.setStatus(ActionStatus.get(random.nextInt(3)));
            plan.getActions().add(action);
        }
        return plan;
    }

    Date daysAgo(int days) {
        return Dates.daysBefore(today, days);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
