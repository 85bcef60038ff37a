package org.partnershiphealth.advisor.intake.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an exported file, in whichever encoding wrote it. Survey tools write UTF-8 (Google Forms without a
 * byte order mark, SurveyMonkey and Qualtrics with one); Excel's "Unicode text" is UTF-16; European Excel's plain
 * "CSV" is Windows-1252. A byte order mark decides; otherwise bytes that are valid UTF-8 are read as UTF-8, a text
 * with NUL bytes in every other place as UTF-16, and anything else as Windows-1252. A byte that is no character in
 * the chosen encoding becomes U+FFFD, which the reader reports with its row and column rather than dropping.
 */
record TextDecoding(String text, String encoding) {

    static final char UNDECODABLE = '\uFFFD';
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextDecoding of(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return new TextDecoding(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new TextDecoding(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new TextDecoding(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        String utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new TextDecoding(utf16, "UTF-16");
        }
        try {
            return new TextDecoding(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new TextDecoding(lenient(bytes, 0, WINDOWS_1252), "Windows-1252");
        }
    }

    /** UTF-16 without a byte order mark shows as a NUL in every other byte of plain (mostly ASCII) text. */
    private static String utf16WithoutMark(byte[] bytes) {
        int sample = Math.min(bytes.length & ~1, 2000);
        if (sample < 4) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < sample; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (oddNuls > pairs * 0.6 && evenNuls == 0) {
            return lenient(bytes, 0, StandardCharsets.UTF_16LE);
        }
        if (evenNuls > pairs * 0.6 && oddNuls == 0) {
            return lenient(bytes, 0, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException cannotHappenWhenReplacing) {
            throw new IllegalStateException(cannotHappenWhenReplacing);
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
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
