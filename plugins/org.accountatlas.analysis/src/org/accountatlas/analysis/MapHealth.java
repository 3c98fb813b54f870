package org.accountatlas.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.accountatlas.model.Account;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.Coverage;
import org.accountatlas.model.InfluenceLevel;
import org.accountatlas.model.TeamRole;
import org.accountatlas.model.query.ModelQueries;

/**
 * How well we know who decides inside an account. Green when every check passes; red when no decision maker
 * is identified or fewer than three checks pass; amber otherwise. Contacts who left do not count.
 */
public final class MapHealth {

    public enum Status { GREEN, AMBER, RED }

    /** The checks, in the order a strategist works through them. */
    public enum Check {
        DECISION_MAKER_IDENTIFIED,
        COACH_OR_CHAMPION_PRESENT,
        ECONOMIC_BUYER_COVERED_BY_SPONSOR_OR_MANAGER,
        NO_UNCOVERED_HIGH_INFLUENCE_OPPONENT,
        MORE_THAN_ONE_CONTACT_COVERED
    }

    public record Result(Status status, Set<Check> failed) {
        /** Whether the check passed. */
        public boolean passed(Check check) {
            return !failed.contains(check);
        }
    }

    private MapHealth() {
    }

    /** The account's map health: its status and the checks that failed. */
    public static Result of(Account account) {
        List<Contact> contacts = ModelQueries.contactsOf(account).stream()
                .filter(c -> c.getStatus() != ContactStatus.LEFT).toList();
        Set<Check> failed = EnumSet.noneOf(Check.class);
        if (contacts.stream().noneMatch(c -> c.getBuyingRole() == BuyingRole.ECONOMIC_BUYER)) {
            failed.add(Check.DECISION_MAKER_IDENTIFIED);
        }
        if (contacts.stream().noneMatch(c -> c.getBuyingRole() == BuyingRole.COACH || c.getAttitude() == Attitude.CHAMPION)) {
            failed.add(Check.COACH_OR_CHAMPION_PRESENT);
        }
        if (contacts.stream().noneMatch(c -> c.getBuyingRole() == BuyingRole.ECONOMIC_BUYER && coveredBySenior(account, c))) {
            failed.add(Check.ECONOMIC_BUYER_COVERED_BY_SPONSOR_OR_MANAGER);
        }
        if (contacts.stream().anyMatch(c -> isHighInfluenceOpponent(c) && !covered(account, c))) {
            failed.add(Check.NO_UNCOVERED_HIGH_INFLUENCE_OPPONENT);
        }
        if (contacts.stream().filter(c -> covered(account, c)).limit(2).count() < 2) {
            failed.add(Check.MORE_THAN_ONE_CONTACT_COVERED);
        }
        return new Result(statusOf(failed), failed);
    }

    private static Status statusOf(Set<Check> failed) {
        if (failed.isEmpty()) {
            return Status.GREEN;
        }
        int passed = Check.values().length - failed.size();
        return failed.contains(Check.DECISION_MAKER_IDENTIFIED) || passed < 3 ? Status.RED : Status.AMBER;
    }

    static boolean isHighInfluenceOpponent(Contact contact) {
        return contact.getInfluence() == InfluenceLevel.HIGH && contact.getAttitude() == Attitude.OPPONENT;
    }

    static boolean covered(Account account, Contact contact) {
        return account.getCoverages().stream().anyMatch(cv -> cv.getContact() == contact && cv.getTeamMember() != null);
    }

    private static boolean coveredBySenior(Account account, Contact contact) {
        for (Coverage coverage : account.getCoverages()) {
            if (coverage.getContact() == contact && coverage.getTeamMember() != null) {
                TeamRole role = coverage.getTeamMember().getRole();
                if (role == TeamRole.EXECUTIVE_SPONSOR || role == TeamRole.ACCOUNT_MANAGER) {
                    return true;
                }
            }
        }
        return false;
    }
}
