package org.accountatlas.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/**
 * One look for every chart, matching the maps: a sans-serif that shows Chinese (Java's logical SansSerif finds
 * the system's CJK font), white ground, light grid, no text under 9 pt at the size the charts are drawn.
 */
final class ChartLook {

    static final Color GRID = new Color(0xDDDDDD);
    static final Color INK = new Color(0x333333);
    static final Color RED = new Color(0xD32F2F);
    static final Color AMBER = new Color(0xF9A825);
    static final Color GREEN = new Color(0x388E3C);
    static final Color BLUE = new Color(0x1E6FB8);
    static final Color GREY = new Color(0x9E9E9E);
    static final Color[] SERIES = { BLUE, new Color(0xE07B00), GREEN, new Color(0x8E24AA), RED, new Color(0x00897B) };

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private ChartLook() {
    }

    /** Styled, with a line under the title saying what the chart shows. */
    static JFreeChart styled(JFreeChart chart, String detail) {
        TextTitle subtitle = new TextTitle(detail, LABEL);
        subtitle.setPaint(INK);
        chart.addSubtitle(0, subtitle);
        return styled(chart);
    }

    static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(INK);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL);
            legend.setFrame(BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            style(xy.getDomainAxis());
            style(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            style(category.getDomainAxis());
            style(category.getRangeAxis());
        }
        return chart;
    }

    private static void style(Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(INK);
        axis.setTickLabelPaint(INK);
    }

    static BasicStroke dashed() {
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f);
    }

    static Font labelFont() {
        return LABEL;
    }
}
