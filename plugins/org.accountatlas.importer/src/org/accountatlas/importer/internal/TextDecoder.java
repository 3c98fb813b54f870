package org.accountatlas.importer.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.ImportProblem;
import org.accountatlas.importer.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Turns the bytes of an exported file into text the way spreadsheets and CRMs write it: a byte-order mark
 * selects UTF-8 or UTF-16; otherwise strict UTF-8, falling back to Windows-1252 (what Excel writes on Western
 * systems). Files with control bytes are refused as binary before any parsing.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static DecodedText decode(String file, byte[] bytes) throws ImportFailedException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(file, bytes, 3, StandardCharsets.UTF_8), null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(checked(file, new String(bytes, 2, bytes.length - 2,
                    StandardCharsets.UTF_16LE)), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(checked(file, new String(bytes, 2, bytes.length - 2,
                    StandardCharsets.UTF_16BE)), null);
        }
        refuseBinary(file, bytes);
        try {
            return new DecodedText(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), null);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
        }
    }

    private static String strict(String file, byte[] bytes, int offset, Charset charset)
            throws ImportFailedException {
        try {
            return checked(file, decodeStrictly(bytes, offset, charset));
        } catch (CharacterCodingException e) {
            throw new ImportFailedException(ImportProblem.ofFile(file,
                    NLS.bind(Messages.Read_badEncoding, charset.name())));
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset)
            throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static void refuseBinary(String file, byte[] bytes) throws ImportFailedException {
        int line = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                line++;
            } else if (isControl(b & 0xFF)) {
                throw binary(file, line, b & 0xFF);
            }
        }
    }

    private static String checked(String file, String text) throws ImportFailedException {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && isControl(c)) {
                throw binary(file, line, c);
            }
        }
        return text;
    }

    /** Tab, line breaks and form feed occur in text files; the other C0 controls only in binary data. */
    private static boolean isControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }

    private static ImportFailedException binary(String file, int line, int b) {
        return new ImportFailedException(new ImportProblem(file, NLS.bind(Messages.Where_line, line), null, null,
                NLS.bind(Messages.Read_binary, String.format("0x%02X", b))));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
