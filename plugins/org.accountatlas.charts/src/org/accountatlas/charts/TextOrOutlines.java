package org.accountatlas.charts;

import java.awt.FontFormatException;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;

import org.apache.pdfbox.pdmodel.font.PDFont;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * PDF text in the registered font where that font has every character of the run, outlines otherwise. The
 * library's own drawer writes a run it cannot encode with a fallback font it looks for in the JDK, which modern
 * JDKs do not ship, and the Chinese of a chart vanished from the page.
 */
final class TextOrOutlines extends PdfBoxGraphics2DFontTextDrawer {

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        PDFont font = mapFont(env.getFont(), env);
        if (font == null) {
            return false;
        }
        StringBuilder run = new StringBuilder();
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            run.append(c);
        }
        iterator.first();
        try {
            font.encode(run.toString());
        } catch (IllegalArgumentException | IOException notInTheFont) {
            return false;
        }
        return super.canDrawText(iterator, env);
    }
}
