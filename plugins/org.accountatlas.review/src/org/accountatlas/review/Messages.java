package org.accountatlas.review;

import org.eclipse.osgi.util.NLS;

/** The review pack's words; translations in messages_zh.properties. */
public final class Messages extends NLS {

    public static String Review_title;
    public static String Pack_title;
    public static String Pack_shown;
    public static String Pack_all;
    public static String Pack_charts;
    public static String Review_partOf;
    public static String Review_kpis;
    public static String Review_hierarchy;
    public static String Review_decisionMap;
    public static String Review_coverage;
    public static String Review_competitors;
    public static String Review_shares;
    public static String Review_needs;
    public static String Review_objectives;
    public static String Review_actions;
    public static String Review_complaints;
    public static String Review_notSet;
    public static String Review_notAssessed;
    public static String Review_notCovered;
    public static String Review_noDecisionMakers;
    public static String Review_noCompetitors;
    public static String Review_noNeeds;
    public static String Review_noObjectives;
    public static String Review_noActions;
    public static String Review_noComplaints;
    public static String Review_us;
    public static String Kpi_revenue;
    public static String Kpi_shareOfWallet;
    public static String Kpi_satisfaction;
    public static String Kpi_lifetimeValue;
    public static String Kpi_quadrant;
    public static String Kpi_targetClass;
    public static String Kpi_tier;
    public static String Kpi_tierValue;
    public static String Kpi_mapHealth;
    public static String Quadrant_STAR;
    public static String Quadrant_QUESTION_MARK;
    public static String Quadrant_CASH_COW;
    public static String Quadrant_DOG;
    public static String Target_KEY_TARGET;
    public static String Target_TARGET;
    public static String Target_NON_TARGET;
    public static String Health_RED;
    public static String Health_AMBER;
    public static String Health_GREEN;
    public static String Check_DECISION_MAKER_IDENTIFIED;
    public static String Check_COACH_OR_CHAMPION_PRESENT;
    public static String Check_ECONOMIC_BUYER_COVERED_BY_SPONSOR_OR_MANAGER;
    public static String Check_NO_UNCOVERED_HIGH_INFLUENCE_OPPONENT;
    public static String Check_MORE_THAN_ONE_CONTACT_COVERED;
    public static String Column_figure;
    public static String Column_value;
    public static String Column_person;
    public static String Column_title;
    public static String Column_role;
    public static String Column_attitude;
    public static String Column_ourPerson;
    public static String Column_current;
    public static String Column_desired;
    public static String Column_competitor;
    public static String Column_dimension;
    public static String Column_share;
    public static String Column_relationship;
    public static String Column_capabilities;
    public static String Column_strategy;
    public static String Column_strengths;
    public static String Column_customerView;
    public static String Column_lifecycle;
    public static String Column_need;
    public static String Column_kind;
    public static String Column_priority;
    public static String Column_period;
    public static String Column_objective;
    public static String Column_measure;
    public static String Column_target;
    public static String Column_action;
    public static String Column_owner;
    public static String Column_due;
    public static String Column_status;
    public static String Column_received;
    public static String Column_category;
    public static String Column_severity;
    public static String Column_description;

    static {
        NLS.initializeMessages("org.accountatlas.review.messages", Messages.class);
    }

    private Messages() {
    }

    /** The word for a constant of one of the analysis enumerations: Prefix_NAME. */
    static String of(String prefix, Enum<?> constant) {
        try {
            Object word = Messages.class.getDeclaredField(prefix + "_" + constant.name()).get(null);
            return word == null ? constant.name() : word.toString();
        } catch (ReflectiveOperationException e) {
            return constant.name();
        }
    }
}
