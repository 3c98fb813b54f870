package org.accountatlas.review;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.charts.AccountChart;
import org.eclipse.osgi.util.NLS;

/** The portfolio pack: a title page, then the dashboard's charts, a page each, written by {@link ReviewWriter}. */
public final class PortfolioReview {

    private PortfolioReview() {
    }

    /**
     * The title page in the user's language: the portfolio's name, today, how many of its accounts the filter
     * (described in {@code filter} words, empty for all) shows, and how many charts follow.
     */
    public static ReviewPage.Cover cover(String portfolio, long shown, int total, List<String> filter, int charts) {
        return new ReviewPage.Cover(NLS.bind(Messages.Pack_title, portfolio), List.of(
                DateFormat.getDateInstance(DateFormat.LONG).format(new Date()),
                NLS.bind(Messages.Pack_shown, new Object[] { shown, total,
                    filter.isEmpty() ? Messages.Pack_all : String.join(", ", filter) }),
                NLS.bind(Messages.Pack_charts, charts)));
    }

    /** The cover, then a page a chart, each under the chart's title. */
    public static List<ReviewPage> pages(ReviewPage.Cover cover, List<AccountChart> charts) {
        List<ReviewPage> pages = new ArrayList<>();
        pages.add(cover);
        charts.forEach(chart -> pages.add(new ReviewPage.Chart(chart.title(), chart.chart())));
        return pages;
    }
}
