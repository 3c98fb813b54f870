package org.accountatlas.sample;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Competitor;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.TeamMember;
import org.accountatlas.model.TeamRole;

/**
 * Large portfolios for benchmarks: groups of accounts whose hierarchies reach a given depth, each account
 * with its decision makers and relations. Reproducible for a given seed.
 */
public final class GeneratedPortfolio {

    private GeneratedPortfolio() {
    }

    /**
     * @param accounts          number of accounts
     * @param contactsPerAccount contacts in each account
     * @param depth             levels in each group's hierarchy (1 = no subsidiaries)
     * @param groupSize         accounts per group
     */
    public static Portfolio generate(int accounts, int contactsPerAccount, int depth, int groupSize, long seed, Date today) {
        AtlasFactory factory = AtlasFactory.eINSTANCE;
        Random random = new Random(seed);
        Portfolio portfolio = factory.createPortfolio();
        portfolio.setName("Generated portfolio of " + accounts + " accounts");
        List<TeamMember> team = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            TeamMember member = factory.createTeamMember();
            member.setName("Team member " + i);
            member.setRole(TeamRole.get(i % TeamRole.VALUES.size()));
            portfolio.getTeamMembers().add(member);
            team.add(member);
        }
        List<Competitor> competitors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Competitor competitor = factory.createCompetitor();
            competitor.setName("Competitor " + i);
            portfolio.getCompetitors().add(competitor);
            competitors.add(competitor);
        }
        AccountDetails details = new AccountDetails(random, team, competitors, today);
        List<Account> group = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            if (i % groupSize == 0) {
                group.clear();
                depths.clear();
            }
            Account account = factory.createAccount();
            account.setName("Account " + i);
            account.setIndustry("Industry " + (i % 17));
            account.setRegion("Region " + (i % 9));
            account.setStatus(AccountStatus.ACTIVE);
            account.setAnnualRevenue(100_000 + random.nextInt(5_000_000));
            account.setProfit(account.getAnnualRevenue() * 0.1);
            int level = placeInGroup(account, group, depths, depth, random);
            account.setTier(level == 0 ? PyramidTier.KEY_STRATEGIC : level == 1 ? PyramidTier.KEY : PyramidTier.ORDINARY);
            portfolio.getAccounts().add(account);
            details.fill(account, contactsPerAccount, i % 2 == 0, i % 20 == 0);
            group.add(account);
            depths.add(level);
        }
        return portfolio;
    }

    /** The first accounts of a group form a chain down to the full depth; the rest hang anywhere above it. */
    private static int placeInGroup(Account account, List<Account> group, List<Integer> depths, int depth, Random random) {
        if (group.isEmpty() || depth <= 1) {
            return 0;
        }
        int parentIndex = group.size() < depth ? group.size() - 1 : random.nextInt(group.size());
        while (depths.get(parentIndex) >= depth - 1) {
            parentIndex = random.nextInt(group.size());
        }
        account.setParent(group.get(parentIndex));
        account.setOwnershipPercent(51 + random.nextInt(50));
        return depths.get(parentIndex) + 1;
    }
}
