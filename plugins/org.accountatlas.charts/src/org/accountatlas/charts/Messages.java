package org.accountatlas.charts;

import org.eclipse.osgi.util.NLS;

/** The charts' words; translations in messages_zh.properties. */
public final class Messages extends NLS {

    public static String Pyramid_title;
    public static String Pyramid_axis;
    public static String Pyramid_label;
    public static String Pareto_title;
    public static String Pareto_x;
    public static String Pareto_y;
    public static String Pareto_agrees;
    public static String Pareto_disagrees;
    public static String Pareto_threshold;
    public static String Service_title;
    public static String Service_y;
    public static String Quadrant_STAR;
    public static String Quadrant_QUESTION_MARK;
    public static String Quadrant_CASH_COW;
    public static String Quadrant_DOG;
    public static String Targets_title;
    public static String Targets_x;
    public static String Targets_y;
    public static String Target_KEY_TARGET;
    public static String Target_TARGET;
    public static String Target_NON_TARGET;
    public static String Split;
    public static String TypeByStage_title;
    public static String Accounts;
    public static String Churn_title;
    public static String Churn_year;
    public static String Churn_quarter;
    public static String Churn_axis;
    public static String Churn_label;
    public static String Reasons_title;
    public static String Satisfaction_title;
    public static String Band_BELOW_0_8;
    public static String Band_FROM_0_8;
    public static String Band_AROUND_1;
    public static String Band_ABOVE_1_05;
    public static String Band_ABOVE_1_2;
    public static String Band_UNASSESSED;
    public static String Lifetime_title;
    public static String Lifetime_axis;
    public static String Health_title;
    public static String Health_RED;
    public static String Health_AMBER;
    public static String Health_GREEN;
    public static String Checks_title;
    public static String Check_DECISION_MAKER_IDENTIFIED;
    public static String Check_COACH_OR_CHAMPION_PRESENT;
    public static String Check_ECONOMIC_BUYER_COVERED_BY_SPONSOR_OR_MANAGER;
    public static String Check_NO_UNCOVERED_HIGH_INFLUENCE_OPPONENT;
    public static String Check_MORE_THAN_ONE_CONTACT_COVERED;
    public static String Gaps_title;
    public static String Gaps_axis;
    public static String NoPotential;
    public static String NoDemandOrCost;
    public static String Gaps_detail;
    public static String Reason_none;
    public static String Reasons_detail;
    public static String Churn_detail;
    public static String Targets_detail;
    public static String Service_detail;
    public static String Pareto_detail;
    public static String Pyramid_detail;

    static {
        NLS.initializeMessages("org.accountatlas.charts.messages", Messages.class);
    }

    private Messages() {
    }

    /** The word for a constant of one of the analysis enumerations: Prefix_NAME. */
    public static String of(String prefix, Enum<?> constant) {
        try {
            Object word = Messages.class.getDeclaredField(prefix + "_" + constant.name()).get(null);
            return word == null ? constant.name() : word.toString();
        } catch (ReflectiveOperationException e) {
            return constant.name();
        }
    }
}
