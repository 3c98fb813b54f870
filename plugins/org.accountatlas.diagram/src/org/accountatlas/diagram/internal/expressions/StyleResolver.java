package org.accountatlas.diagram.internal.expressions;

import org.accountatlas.diagram.scene.ResolvedStyle;
import java.util.List;
import java.util.function.Function;

import org.accountatlas.diagram.description.ConditionalStyle;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.Style;
import org.eclipse.emf.ecore.EObject;

/**
 * The style of an element: the mapping's style, then each conditional style whose condition the element meets,
 * in the order the description lists them; a conditional style changes only what it sets.
 */
public final class StyleResolver {

    private StyleResolver() {
    }

    public static ResolvedStyle resolve(DiagramElementMapping mapping, EObject element,
            Function<Enum<?>, String> enumNames) {
        ResolvedStyle style = apply(ResolvedStyle.DEFAULT, mapping.getStyle(), element, enumNames);
        for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
            if (Conditions.test(conditional.getCondition(), element)) {
                style = apply(style, conditional.getStyle(), element, enumNames);
            }
        }
        return style;
    }

    private static ResolvedStyle apply(ResolvedStyle base, Style style, EObject element,
            Function<Enum<?>, String> enumNames) {
        if (style == null) {
            return base;
        }
        String badge = base.badge();
        if (style.isSetBadge()) {
            List<String> lines = LabelTemplate.parse(style.getBadge()).render(element, enumNames);
            badge = lines.isEmpty() ? null : String.join(" ", lines);
        }
        return new ResolvedStyle(
                style.isSetShape() ? style.getShape() : base.shape(),
                style.isSetFill() ? style.getFill() : base.fill(),
                style.isSetBorder() ? style.getBorder() : base.border(),
                style.isSetBorderWidth() ? style.getBorderWidth() : base.borderWidth(),
                style.isSetTextColor() ? style.getTextColor() : base.textColor(),
                style.isSetMinWidth() ? style.getMinWidth() : base.minWidth(),
                style.isSetMinHeight() ? style.getMinHeight() : base.minHeight(),
                style.isSetLine() ? style.getLine() : base.line(),
                badge,
                style.isSetGreyed() ? style.isGreyed() : base.greyed());
    }

}
