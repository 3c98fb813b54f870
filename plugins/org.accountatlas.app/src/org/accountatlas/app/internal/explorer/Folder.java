package org.accountatlas.app.internal.explorer;

import java.util.List;

import org.accountatlas.model.Portfolio;

/** A grouping node of the explorer that is not a model element: our team, the competitors. */
record Folder(Portfolio portfolio, Kind kind) {

    enum Kind { TEAM, COMPETITORS }

    List<?> children() {
        return kind == Kind.TEAM ? portfolio.getTeamMembers() : portfolio.getCompetitors();
    }

    String label() {
        return kind == Kind.TEAM ? Messages.Explorer_ourTeam : Messages.Explorer_competitors;
    }
}
