package org.accountatlas.sample;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.ChurnReason;
import org.accountatlas.model.Competitor;
import org.accountatlas.model.LifecycleStage;
import org.accountatlas.model.Loyalty;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.RelationshipType;
import org.accountatlas.model.RiskLevel;
import org.accountatlas.model.TeamMember;
import org.accountatlas.model.TeamRole;

/**
 * The sample portfolio a new user opens: five groups with subsidiaries up to four levels deep, standalone
 * accounts in every status, their decision makers, our team and our competitors, in Chinese and English.
 * Reproducible: the same reference date gives the same portfolio.
 */
public final class SamplePortfolio {

    /** One account of the sample and its subsidiaries. */
    private record Spec(String name, String industry, String region, boolean chinese, boolean key, Spec... children) {
    }

    private static Spec cn(String name, String industry, String region, boolean key, Spec... children) {
        return new Spec(name, industry, region, true, key, children);
    }

    private static Spec en(String name, String industry, String region, boolean key, Spec... children) {
        return new Spec(name, industry, region, false, key, children);
    }

    private static final Spec[] GROUPS = {
        cn("华夏钢铁集团", "钢铁", "华东", true,
            cn("华夏钢铁（上海）有限公司", "钢铁", "华东", true,
                cn("华夏精密带钢有限公司", "钢铁", "华东", false,
                    cn("华夏带钢（苏州）加工中心", "钢铁", "华东", false)),
                cn("华夏钢材贸易有限公司", "贸易", "华东", false)),
            cn("华夏物流有限公司", "物流", "华南", false,
                cn("华夏物流（深圳）有限公司", "物流", "华南", false)),
            cn("华夏矿业投资有限公司", "矿业", "西北", false),
            cn("华夏钢铁国际贸易（香港）有限公司", "贸易", "香港", false)),
        cn("长江能源集团", "能源", "华中", true,
            cn("长江电力工程有限公司", "能源", "华中", true,
                cn("长江电力运维（武汉）有限公司", "能源", "华中", false,
                    cn("长江智能电网科技有限公司", "软件", "华中", false))),
            cn("长江新能源有限公司", "能源", "西北", false,
                cn("长江风电（内蒙古）有限公司", "能源", "华北", false),
                cn("长江光伏（青海）有限公司", "能源", "西北", false))),
        en("Nordlicht Automotive AG", "Automotive", "Europe", true,
            en("Nordlicht Powertrain GmbH", "Automotive", "Europe", true,
                en("Nordlicht E-Drive Systems GmbH", "Automotive", "Europe", false,
                    en("Nordlicht Battery Lab s.r.o.", "Automotive", "Europe", false))),
            cn("诺德利希汽车（上海）有限公司", "汽车", "华东", false),
            en("Nordlicht Mobility Services GmbH", "Services", "Europe", false),
            en("Nordlicht Financial Services GmbH", "Finance", "Europe", false)),
        en("Meridian Health Systems Inc.", "Healthcare", "North America", true,
            en("Meridian Hospitals East", "Healthcare", "North America", true,
                en("Meridian Boston General", "Healthcare", "North America", false,
                    en("Meridian Boston Imaging Center", "Healthcare", "North America", false))),
            en("Meridian Diagnostics LLC", "Healthcare", "North America", false),
            en("Meridian Health Asia Pte. Ltd.", "Healthcare", "Asia Pacific", false,
                cn("美瑞迪安医疗（北京）有限公司", "医疗", "华北", false))),
        cn("太平洋零售控股", "零售", "华南", true,
            cn("太平洋超市连锁有限公司", "零售", "华南", true,
                cn("太平洋超市（广州）有限公司", "零售", "华南", false,
                    cn("太平洋生鲜配送中心", "物流", "华南", false))),
            en("Pacific E-Commerce Ltd.", "Retail", "Asia Pacific", false),
            en("Pacific Loyalty Services Ltd.", "Services", "Asia Pacific", false)),
    };

    private final AtlasFactory factory = AtlasFactory.eINSTANCE;
    private final Random random = new Random(20261123);
    private final Date today;

    private SamplePortfolio(Date today) {
        this.today = today;
    }

    /** Builds the sample as of the given date (dates of contacts, meetings and plans are relative to it). */
    public static Portfolio build(Date today) {
        return new SamplePortfolio(today).build();
    }

    private Portfolio build() {
        Portfolio portfolio = factory.createPortfolio();
        // Named in the language of whoever creates it: the name is data, shown as typed from then on.
        portfolio.setName("zh".equals(java.util.Locale.getDefault().getLanguage()) ? "重点客户" : "Key accounts");
        portfolio.setDiscountRate(0.1);
        portfolio.setCurrency("CNY");
        List<TeamMember> team = team(portfolio);
        List<Competitor> competitors = competitors(portfolio);
        AccountDetails details = new AccountDetails(random, team, competitors, today);
        for (Spec group : GROUPS) {
            add(portfolio, group, null, 0, details);
        }
        standalone(portfolio, details);
        return portfolio;
    }

    private List<TeamMember> team(Portfolio portfolio) {
        Object[][] people = { { "张伟", TeamRole.ACCOUNT_MANAGER }, { "Anna Schmidt", TeamRole.ACCOUNT_MANAGER },
            { "李建华", TeamRole.EXECUTIVE_SPONSOR }, { "David Miller", TeamRole.EXECUTIVE_SPONSOR },
            { "陈晓东", TeamRole.SALES }, { "Laura Becker", TeamRole.SALES }, { "王芳", TeamRole.SERVICE },
            { "Thomas Novak", TeamRole.TECHNICAL } };
        List<TeamMember> team = new ArrayList<>();
        for (Object[] p : people) {
            TeamMember member = factory.createTeamMember();
            member.setName((String) p[0]);
            member.setRole((TeamRole) p[1]);
            portfolio.getTeamMembers().add(member);
            team.add(member);
        }
        return team;
    }

    private List<Competitor> competitors(Portfolio portfolio) {
        String[][] names = { { "蓝海科技", "National challenger, aggressive on price" },
            { "Orion Systems", "Global incumbent with a broad portfolio" },
            { "Kestrel Industrial", "Specialist in heavy industry" }, { "Vantage Partners", "Services-led integrator" } };
        List<Competitor> competitors = new ArrayList<>();
        for (String[] n : names) {
            Competitor competitor = factory.createCompetitor();
            competitor.setName(n[0]);
            competitor.setDescription(n[1]);
            portfolio.getCompetitors().add(competitor);
            competitors.add(competitor);
        }
        return competitors;
    }

    private void add(Portfolio portfolio, Spec spec, Account parent, int depth, AccountDetails details) {
        Account account = factory.createAccount();
        account.setName(spec.name());
        account.setIndustry(spec.industry());
        account.setRegion(spec.region());
        account.setParent(parent);
        if (parent != null) {
            account.setOwnershipPercent(depth == 1 ? 100 : 51 + random.nextInt(50));
        }
        account.setStatus(AccountStatus.ACTIVE);
        account.setTier(depth == 0 ? PyramidTier.KEY_STRATEGIC : spec.key() ? PyramidTier.KEY : PyramidTier.ORDINARY);
        setCommercials(account, depth == 0 ? 8_000_000 : spec.key() ? 3_000_000 : 600_000);
        portfolio.getAccounts().add(account);
        details.fill(account, spec.key() ? 9 + random.nextInt(4) : 3 + random.nextInt(2), spec.chinese(), spec.key());
        for (Spec child : spec.children()) {
            add(portfolio, child, account, depth + 1, details);
        }
    }

    private void standalone(Portfolio portfolio, AccountDetails details) {
        Object[][] accounts = { { "星辰半导体有限公司", "半导体", "华东", AccountStatus.PROSPECT, true },
            { "Alpine Pharma AG", "Pharma", "Europe", AccountStatus.ACTIVE, false },
            { "海川食品有限公司", "食品", "华北", AccountStatus.LOST, true },
            { "Harbor Logistics Ltd.", "Logistics", "Asia Pacific", AccountStatus.WON_BACK, false },
            { "明远教育科技有限公司", "教育", "华东", AccountStatus.PROSPECT, true },
            { "Crescent Insurance plc", "Insurance", "Europe", AccountStatus.LOST, false } };
        for (Object[] a : accounts) {
            Account account = factory.createAccount();
            account.setName((String) a[0]);
            account.setIndustry((String) a[1]);
            account.setRegion((String) a[2]);
            account.setStatus((AccountStatus) a[3]);
            account.setTier(PyramidTier.SMALL);
            setCommercials(account, account.getStatus() == AccountStatus.PROSPECT ? 0 : 300_000);
            if (account.getStatus() == AccountStatus.LOST) {
                account.setLostDate(details.daysAgo(60 + random.nextInt(200)));
                account.setChurnReason(a[0].toString().startsWith("海川") ? ChurnReason.LURED_BY_COMPETITOR : ChurnReason.NATURAL);
                account.setLifecycleStage(LifecycleStage.DECLINE);
            }
            portfolio.getAccounts().add(account);
            details.fill(account, 3, (Boolean) a[4], false);
        }
    }

    private void setCommercials(Account account, double scale) {
        double revenue = Math.round(scale * (0.6 + random.nextDouble()) / 1000) * 1000.0;
        account.setAnnualRevenue(revenue);
        account.setProfit(Math.round(revenue * (0.05 + random.nextDouble() * 0.2)));
        account.setPotentialVolume(Math.round(Math.max(revenue, scale) * (1.2 + random.nextDouble() * 1.5)));
        account.setCostToServe(Math.round(revenue * (0.02 + random.nextDouble() * 0.1)));
        account.setShareOfWallet(revenue == 0 ? 0 : 15 + random.nextInt(60));
        account.setPaymentDays(30 + 15 * random.nextInt(5));
        account.setCreditRisk(RiskLevel.get(random.nextInt(3)));
        account.setRelationshipType(RelationshipType.get(random.nextInt(4)));
        account.setLifecycleStage(LifecycleStage.get(random.nextInt(3)));
        account.setLoyalty(Loyalty.get(random.nextInt(4)));
        account.setCustomerSince(Dates.daysBefore(today, 400 + random.nextInt(3000)));
        if (revenue > 0) {
            account.setExpectedSatisfaction(7 + random.nextInt(3));
            account.setPerceivedSatisfaction(5 + random.nextInt(5));
        }
    }
}
