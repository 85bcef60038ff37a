package org.partnershiphealth.advisor.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for share links and invitations: 192 random bits, URL-safe. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** Letters and digits that cannot be mistaken for one another when read aloud or typed (no I, L, O, U). */
    private static final char[] READABLE = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /**
     * A code people can copy by hand: {@code groups} groups of four readable characters joined by dashes, 20 random
     * bits per group ("K7QF-3MZP-XW2R-9HTA" holds 80).
     */
    public static String readable(int groups) {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < groups; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < 4; i++) {
                code.append(READABLE[RANDOM.nextInt(READABLE.length)]);
            }
        }
        return code.toString();
    }

    /** A receipt code as typed back by a person: upper case, no spaces, dashes where they belong. */
    public static String normaliseReadable(String typed) {
        String plain = typed == null ? "" : typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(plain.charAt(i));
        }
        return code.toString();
    }

    /** The SHA-256 of a token, in hex: what is stored of tokens that must not be readable from the database. */
    public static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
