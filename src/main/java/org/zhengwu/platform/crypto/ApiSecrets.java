package org.zhengwu.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.zhengwu.platform.RuleViolation;

/**
 * The secrets of API keys (Open311's, the content API's): 24 random bytes behind a recognisable start
 * ({@code zw311_}, {@code zwapi_}) so that a key found in a log or a repository is known for what it is; shown once
 * and stored only as its SHA-256 (the key is random, so the digest cannot be reversed by guessing), with its first
 * characters to tell keys apart; and the name a key is issued to, checked alike for both.
 */
public final class ApiSecrets {

    public static final int MAX_NAME = 100;
    /** A key longer than this is not one of ours and is not even hashed. */
    public static final int MAX_LENGTH = 100;
    private static final int PREFIX_EXTRA = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiSecrets() {
    }

    /** A new secret beginning with {@code start}. */
    public static String newSecret(String start) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return start + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** What the console shows of a key: its start and six more characters. */
    public static String prefix(String secret, String start) {
        return secret.substring(0, start.length() + PREFIX_EXTRA);
    }

    /** Whether this could be a key beginning with {@code start}: else it is refused without a database look-up. */
    public static boolean plausible(String secret, String start) {
        return secret != null && secret.startsWith(start) && secret.length() <= MAX_LENGTH;
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The name a key is issued to, stripped; refused as {@code KEYS.name.required}, {@code KEYS.name.too-long} (with
     * the limit and the length) or {@code KEYS.name.invalid} (control characters), {@code KEYS} being the caller's
     * message prefix.
     */
    public static String name(String name, String keys) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new RuleViolation(keys + ".name.required");
        }
        if (n.length() > MAX_NAME) {
            throw new RuleViolation(keys + ".name.too-long", MAX_NAME, n.length());
        }
        if (n.codePoints().anyMatch(Character::isISOControl)) {
            throw new RuleViolation(keys + ".name.invalid");
        }
        return n;
    }
}
