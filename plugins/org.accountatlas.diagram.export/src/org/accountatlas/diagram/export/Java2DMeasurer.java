package org.accountatlas.diagram.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.accountatlas.diagram.layout.TextMeasurer;

/** Label sizes from the diagram font's own metrics, as Java2D will draw them (fractional, antialiased). */
public final class Java2DMeasurer implements TextMeasurer {

    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static final Map<Font, Double> LINE_HEIGHTS = new ConcurrentHashMap<>();
    private static final Map<Font, Double> ASCENTS = new ConcurrentHashMap<>();

    @Override
    public double[] measure(List<String> lines, double fontSize, boolean bold) {
        DiagramFont fonts = DiagramFont.get();
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, fonts.width(line, fontSize, bold));
        }
        return new double[] { Math.ceil(width), lines.size() * lineHeight(fonts.primary(fontSize, bold)) };
    }

    @Override
    public double width(String text, double fontSize, boolean bold) {
        return DiagramFont.get().width(text, fontSize, bold);
    }

    @Override
    public double lineHeight(double fontSize, boolean bold) {
        return lineHeight(DiagramFont.get().primary(fontSize, bold));
    }

    @Override
    public double ascent(double fontSize, boolean bold) {
        return ASCENTS.computeIfAbsent(DiagramFont.get().primary(fontSize, bold),
                f -> (double) f.getLineMetrics("Ag国", CONTEXT).getAscent());
    }

    static double lineHeight(Font font) {
        return LINE_HEIGHTS.computeIfAbsent(font, f -> {
            var metrics = f.getLineMetrics("Ag国", CONTEXT);
            return Math.ceil(metrics.getAscent() + metrics.getDescent() + metrics.getLeading());
        });
    }
}
