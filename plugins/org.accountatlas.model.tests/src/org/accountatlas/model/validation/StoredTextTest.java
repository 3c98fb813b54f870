package org.accountatlas.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a stored text may hold: what XML carries, and what a column holds. */
class StoredTextTest {

    @ParameterizedTest
    @ValueSource(strings = { "Acme", "华夏钢铁集团", "Tab\there", "Line\nbreak", "Emoji \uD83D\uDE80 rocket", "" })
    void textsXmlCarriesAreFine(String text) {
        assertNull(StoredText.problem(text));
        assertEquals(text, StoredText.printable(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Form\u000Cfeed Co", "Nul\u0000", "Bell\u0007", "Lone \uD800 high", "Lone \uDC00 low",
        "Not a char \uFFFE", "Escape\u001B[0m" })
    void controlCharactersAndLoneSurrogatesAreNamedAndCanBeLeftOut(String text) {
        String problem = StoredText.problem(text);
        assertTrue(problem != null && problem.contains("at character"), text + ": " + problem);
        String printable = StoredText.printable(text);
        assertNull(StoredText.problem(printable), printable);
        assertTrue(printable.length() < text.length());
    }

    @ParameterizedTest
    @ValueSource(ints = { StoredText.MOST_CHARACTERS + 1, 100_000 })
    void textsLongerThanAColumnAreNamed(int length) {
        String problem = StoredText.problem("x".repeat(length));
        assertTrue(problem.contains("at most 32,672"), problem);
        assertNull(StoredText.problem("x".repeat(StoredText.MOST_CHARACTERS)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Form\u000Cfeed" })
    void theProblemSaysWhichCharacterAndWhere(String text) {
        assertEquals("holds the control character U+000C at character 5, which no export can carry",
                StoredText.problem(text));
    }
}
