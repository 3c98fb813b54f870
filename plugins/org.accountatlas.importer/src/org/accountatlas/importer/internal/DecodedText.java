package org.accountatlas.importer.internal;

/** A file's text and, when it was not UTF-8, the encoding that was used instead. */
public record DecodedText(String text, String fallbackEncoding) {
}
