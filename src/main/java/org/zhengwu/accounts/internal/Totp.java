package org.zhengwu.accounts.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;
import org.springframework.web.util.UriUtils;

/**
 * Time-based one-time passwords (RFC 6238, with the HOTP truncation of RFC 4226): HMAC-SHA1, 6 digits, 30-second
 * steps — what every authenticator app (Google Authenticator, Microsoft Authenticator, 阿里云/腾讯身份宝) reads from
 * an {@code otpauth://} URI.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as authenticator apps take it typed in: base32 without padding. */
    public static String base32(byte[] secret) {
        return Base32.toBase32String(secret).replace("=", "");
    }

    public static byte[] fromBase32(String text) {
        String s = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        int pad = (8 - s.length() % 8) % 8;
        return Base32.decode(s + "=".repeat(pad));
    }

    public static long step(long epochSeconds) {
        return Math.floorDiv(epochSeconds, PERIOD_SECONDS);
    }

    /** The code of one time step, zero-padded. */
    public static String code(byte[] secret, long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    }

    /**
     * The time step whose code this is, allowing one step of clock drift either way; empty when it matches none.
     * Compares every candidate in full, so the time taken does not tell which part was right.
     */
    public static OptionalLong match(byte[] secret, String typed, long epochSeconds) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = step(epochSeconds);
        long found = Long.MIN_VALUE;
        for (long s = now - 1; s <= now + 1; s++) {
            if (java.security.MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                found = s;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** The enrolment URI an authenticator app reads from the QR code. */
    public static String uri(String issuer, String account, byte[] secret) {
        String label = UriUtils.encodePathSegment(issuer + ":" + account, StandardCharsets.UTF_8);
        return "otpauth://totp/" + label + "?secret=" + base32(secret)
                + "&issuer=" + UriUtils.encodeQueryParam(issuer, StandardCharsets.UTF_8)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + PERIOD_SECONDS;
    }
}
