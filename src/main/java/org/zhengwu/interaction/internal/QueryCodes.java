package org.zhengwu.interaction.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * Query codes are stored only as an HMAC-SHA-256 over the tracking number and the code, under a key derived from the
 * installation's field key: a copy of the database alone does not reveal them, and no code fits another letter.
 * Comparison takes the same time whatever matches.
 */
@Component
public class QueryCodes {

    /** Compared against when the tracking number is unknown, so that case takes as long as a wrong code. */
    private static final String NO_LETTER = "0".repeat(64);

    private final byte[] key;

    @Autowired
    QueryCodes(FieldCipher cipher) {
        this(cipher.signingKey("zhengwu letter query code"));
    }

    QueryCodes(byte[] key) {
        this.key = key.clone();
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
