package org.accountatlas.app.editor;

import org.eclipse.osgi.util.NLS;

/** Strings of the account editor; translations in messages_zh.properties. */
public final class Messages extends NLS {

    public static String Editor_overview;
    public static String Editor_stakeholders;
    public static String Editor_relations;
    public static String Editor_competitors;
    public static String Editor_needs;
    public static String Editor_plans;
    public static String Editor_interactions;
    public static String Editor_formTitle;
    public static String Section_identity;
    public static String Section_status;
    public static String Section_financials;
    public static String Section_satisfaction;
    public static String Section_credit;
    public static String Section_creditCreate;
    public static String Section_kpis;
    public static String Section_kpisDescription;
    public static String Kpi_revenue;
    public static String Kpi_satisfaction;
    public static String Kpi_notAssessed;
    public static String Kpi_satisfactionValue;
    public static String Level_DISAPPOINTED;
    public static String Level_SATISFIED;
    public static String Level_DELIGHTED;
    public static String Kpi_quadrant;
    public static String Quadrant_STAR;
    public static String Quadrant_QUESTION_MARK;
    public static String Quadrant_CASH_COW;
    public static String Quadrant_DOG;
    public static String Kpi_target;
    public static String Target_KEY_TARGET;
    public static String Target_TARGET;
    public static String Target_NON_TARGET;
    public static String Kpi_tier;
    public static String Kpi_tierDiffers;
    public static String Kpi_clv;
    public static String Kpi_clvValue;
    public static String Kpi_health;
    public static String Health_GREEN;
    public static String Health_AMBER;
    public static String Health_RED;
    public static String Health_allPassed;
    public static String Health_failed;
    public static String Check_DECISION_MAKER_IDENTIFIED;
    public static String Check_COACH_OR_CHAMPION_PRESENT;
    public static String Check_ECONOMIC_BUYER_COVERED_BY_SPONSOR_OR_MANAGER;
    public static String Check_NO_UNCOVERED_HIGH_INFLUENCE_OPPONENT;
    public static String Check_MORE_THAN_ONE_CONTACT_COVERED;
    public static String Table_add;
    public static String Table_remove;
    public static String Stakeholders_title;
    public static String Stakeholders_orgUnit;
    public static String Stakeholders_coverage;
    public static String Stakeholders_unassigned;
    public static String Relations_influences;
    public static String Relations_coverage;
    public static String Competitors_positions;
    public static String Needs_needs;
    public static String Needs_opportunities;
    public static String Plans_plans;
    public static String Plans_objectives;
    public static String Plans_actions;
    public static String Interactions_interactions;
    public static String Interactions_complaints;

    static {
        NLS.initializeMessages("org.accountatlas.app.editor.messages", Messages.class);
    }

    private Messages() {
    }

    /** The message whose key is the prefix and the enum constant's name, e.g. Quadrant_STAR. */
    static String of(String prefix, Enum<?> constant) {
        try {
            return (String) Messages.class.getField(prefix + "_" + constant.name()).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No message " + prefix + "_" + constant.name(), e);
        }
    }
}
