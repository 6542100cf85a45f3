package org.zhengwu.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A keyed MAC (HMAC-SHA-256, or HMAC-SM3 in 国密 mode) with a key kept outside the database: whoever can write the
 * database but does not hold the key cannot compute it. A MAC is labelled {@code ALGORITHM:KEYID}, so MACs made
 * under the other algorithm with the same key still verify after the setting changed, and a MAC made under another
 * key is told apart. Thread-safe.
 */
public final class KeyedMac {

    /** The algorithms; the code is what a label carries. Both give 32 bytes. */
    public enum Algorithm {
        HMAC_SHA256("hmac-sha256"), HMAC_SM3("hmac-sm3");

        private final String code;

        Algorithm(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        Digest digest() {
            return this == HMAC_SM3 ? new SM3Digest() : new SHA256Digest();
        }

        static Algorithm ofCode(String code) {
            for (Algorithm a : values()) {
                if (a.code.equals(code)) {
                    return a;
                }
            }
            return null;
        }
    }

    private final Algorithm algorithm;
    private final byte[] key;
    private final String keyId;

    public KeyedMac(Algorithm algorithm, byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("a MAC key must have at least 16 bytes");
        }
        this.algorithm = algorithm;
        this.key = key.clone();
        // the same id whatever the algorithm, so a change of the setting keeps the records of this key verifying
        this.keyId = HexFormat.of().formatHex(mac(Algorithm.HMAC_SM3, "zhengwu key id".getBytes(StandardCharsets.US_ASCII)), 0, 4);
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The short public id of the key: the first 4 bytes of its HMAC-SM3 over a fixed text, in hex (either algorithm). */
    public String keyId() {
        return keyId;
    }

    /** What new MACs are labelled with: {@code hmac-sm3:1a2b3c4d}. */
    public String label() {
        return algorithm.code() + ":" + keyId;
    }

    /** The MAC of the text (UTF-8) under the current algorithm, 64 hex digits. */
    public String hex(String text) {
        return HexFormat.of().formatHex(mac(algorithm, text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether {@code expected} is the MAC of the text under the label's algorithm and this key; false for a label of
     * another key or of an unknown algorithm. Compared in constant time.
     */
    public boolean verify(String label, String text, String expected) {
        Algorithm a = labelledAlgorithm(label);
        if (a == null || expected == null) {
            return false;
        }
        byte[] actual = HexFormat.of().formatHex(mac(a, text.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expected.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a label names this key (any algorithm); a label of another key cannot be verified here. */
    public boolean isOwnKey(String label) {
        return labelledAlgorithm(label) != null;
    }

    private Algorithm labelledAlgorithm(String label) {
        if (label == null) {
            return null;
        }
        int colon = label.indexOf(':');
        if (colon < 0 || !label.substring(colon + 1).trim().equals(keyId)) {
            return null;
        }
        return Algorithm.ofCode(label.substring(0, colon));
    }

    private byte[] mac(Algorithm a, byte[] input) {
        HMac mac = new HMac(a.digest());
        mac.init(new KeyParameter(key));
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
