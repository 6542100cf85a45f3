package org.zhengwu.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Query codes (查询码) of the public look-ups (letters, applications) are stored only as an HMAC-SHA-256 over the
 * record's number and the code, under a key derived from the installation's field key for one purpose: a copy of the
 * database alone does not reveal them, and no code fits another record. Comparison takes the same time whatever
 * matches. Codes are 8 characters of {@link #ALPHABET}, drawn at random.
 */
public class QueryCodes {

    /** Digits and capitals without 0/O, 1/I/L: nothing a citizen can misread when copying it down. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** Compared against when the tracking number is unknown, so that case takes as long as a wrong code. */
    private static final String NO_LETTER = "0".repeat(64);

    private final byte[] key;

    /** The codes of one purpose ({@code zhengwu letter query code}): each purpose has its own key. */
    public QueryCodes(FieldCipher cipher, String purpose) {
        this(cipher.signingKey(purpose));
    }

    public QueryCodes(byte[] key) {
        this.key = key.clone();
    }

    /** A fresh code. */
    public static String newCode() {
        return random(LENGTH);
    }

    /** {@code length} random characters of {@link #ALPHABET}. */
    public static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(out);
    }

    /** A typed code in its stored form (upper case, without spaces and hyphens), if it can be one. */
    public static java.util.Optional<String> typed(String typed) {
        String t = canonical(typed);
        return CODE.matcher(t).matches() ? java.util.Optional.of(t) : java.util.Optional.empty();
    }

    /** What a citizen typed, upper case, without spaces and hyphens; empty when it is far too long to be anything. */
    public static String canonical(String typed) {
        if (typed == null || typed.length() > 64) {
            return "";
        }
        return typed.replaceAll("[\\s\\-\u3000]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The stored form: 64 hex digits. */
    public String hash(String trackingNumber, String queryCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((trackingNumber + ":" + queryCode).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the code belongs to the letter whose stored hash is {@code storedHash}; null (no such letter) never
     * matches but costs the same.
     */
    public boolean matches(String trackingNumber, String queryCode, String storedHash) {
        byte[] expected = (storedHash == null ? NO_LETTER : storedHash).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(trackingNumber, queryCode).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual) && storedHash != null;
    }
}
