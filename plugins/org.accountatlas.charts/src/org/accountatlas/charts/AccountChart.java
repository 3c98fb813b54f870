package org.accountatlas.charts;

import java.util.List;
import java.util.Map;

import org.accountatlas.model.Account;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.title.TextTitle;

/**
 * One chart of the dashboard and the accounts behind each of its marks, so a click on a bar or a point can
 * open or select them.
 *
 * @param key        a stable name ("pyramid", "pareto"), for files and tests
 * @param chart      the chart, drawn by JFreeChart through Java2D
 * @param points     for XY charts: the account of each item of each series
 * @param categories for category charts: the accounts of each bar, by row key and column key
 */
public record AccountChart(String key, JFreeChart chart, List<List<Account>> points,
        Map<String, List<Account>> categories) {

    /** The accounts a mark stands for: one for a point, those counted in a bar; none for anything else. */
    public List<Account> accountsAt(ChartEntity entity) {
        if (entity instanceof XYItemEntity item && item.getSeriesIndex() < points.size()) {
            List<Account> series = points.get(item.getSeriesIndex());
            return item.getItem() < series.size() ? List.of(series.get(item.getItem())) : List.of();
        }
        if (entity instanceof CategoryItemEntity bar) {
            return categories.getOrDefault(cell(bar.getRowKey(), bar.getColumnKey()), List.of());
        }
        return List.of();
    }

    /** The key of a bar in {@link #categories}. */
    public static String cell(Comparable<?> row, Comparable<?> column) {
        return row + "\u0000" + column;
    }

    /** The line under the title, as drawn; empty when there is none. */
    public String detail() {
        for (Object subtitle : chart.getSubtitles()) {
            if (subtitle instanceof TextTitle text) {
                return text.getText();
            }
        }
        return "";
    }

    /** The chart's title, as drawn. */
    public String title() {
        return chart.getTitle() == null ? key : chart.getTitle().getText();
    }
}
