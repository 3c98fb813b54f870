package org.accountatlas.review;

import java.util.List;

import org.accountatlas.diagram.export.PageSize;
import org.accountatlas.diagram.scene.Scene;
import org.jfree.chart.JFreeChart;

/** One page of a review pack (one slide of its deck): each kind is drawn by both the PDF and the PowerPoint writer. */
public sealed interface ReviewPage {

    /** The page's title, also its bookmark. */
    String title();

    /**
     * The title page.
     *
     * @param title the pack's title
     * @param lines what it is of, as of when
     */
    record Cover(String title, List<String> lines) implements ReviewPage {
    }

    /**
     * Figures in rows: native table on a slide, drawn rows in the PDF. Long tables continue on further pages.
     *
     * @param title  the section
     * @param header the column names
     * @param rows   the cells, as text
     * @param empty  what the page says when there are no rows ("No open complaints")
     */
    record Table(String title, List<String> header, List<List<String>> rows, String empty) implements ReviewPage {
    }

    /**
     * A chart: drawn in the PDF, a picture on the slide under native title text.
     *
     * @param title the section
     * @param chart the chart
     */
    record Chart(String title, JFreeChart chart) implements ReviewPage {
    }

    /**
     * A map (hierarchy, decision map): native shapes on the slide, the diagram export's drawing in the PDF.
     *
     * @param title the section
     * @param scene the map with its title block and legend
     * @param page  the page it goes on in the PDF, landscape: A4 as the pack's other pages, larger when a part of
     *              the map that cannot be cut further would print text under 6 pt on A4
     */
    record Drawing(String title, Scene scene, PageSize page) implements ReviewPage {
    }
}
