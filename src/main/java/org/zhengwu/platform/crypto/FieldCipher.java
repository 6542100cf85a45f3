package org.zhengwu.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts personal data fields (phone, ID number, address) at rest with an authenticated cipher: AES-GCM by
 * default, SM4-GCM (GB/T 32907) by configuration. A stored value reads {@code zf1:ALGORITHM:KEYID:DATA}: the format
 * version, the algorithm and the key's id are known from the value itself, so values of either algorithm decrypt
 * whatever the current setting, and a value encrypted under another key is told apart from a damaged one. The
 * header is authenticated with the data: a changed byte anywhere is refused, never decrypted to something else.
 *
 * <p>Thread-safe; one instance per application ({@code zhengwu.crypto.field-cipher}, {@code zhengwu.crypto.field-key}).
 */
public final class FieldCipher {

    /** The ciphers a value can be encrypted with; the code is what the stored value carries. */
    public enum Algorithm {
        AES_GCM("aes-gcm"), SM4_GCM("sm4-gcm");

        private final String code;

        Algorithm(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Algorithm ofCode(String code) {
            for (Algorithm a : values()) {
                if (a.code.equals(code)) {
                    return a;
                }
            }
            throw new FieldCipherException("unknown field cipher " + code);
        }
    }

    /** A stored value that cannot be decrypted: damaged, tampered with, or encrypted under another key. */
    public static final class FieldCipherException extends RuntimeException {
        public FieldCipherException(String message) {
            super(message);
        }
    }

    static final String VERSION = "zf1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Algorithm algorithm;
    private final String keyId;
    private final byte[] aesKey;
    private final byte[] sm4Key;
    private final byte[] macRoot;

    /**
     * @param key the installation's field key, at least 16 bytes; each algorithm gets its own key derived from it
     *            (AES-256 by HMAC-SHA-256, SM4's 128 bits by HMAC-SM3), so one key serves both
     */
    public FieldCipher(Algorithm algorithm, byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("the field key must have at least 16 bytes");
        }
        this.algorithm = algorithm;
        this.keyId = keyId(key);
        this.aesKey = hmac(new SHA256Digest(), key, "zhengwu field aes-gcm");
        this.sm4Key = Arrays.copyOf(hmac(new SM3Digest(), key, "zhengwu field sm4-gcm"), 16);
        this.macRoot = hmac(new SHA256Digest(), key, "zhengwu mac");
    }

    /**
     * A 32-byte key for signing (HMAC) derived from the installation's key for one purpose, such as the public forms'
     * tokens: the same on every node and after a restart, and never the encryption key itself.
     */
    public byte[] signingKey(String purpose) {
        return hmac(new SHA256Digest(), macRoot, purpose);
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The short public id of the key: the first 4 bytes of SHA-256 over it, in hex. */
    public String keyId() {
        return keyId;
    }

    /** The stored form of a value; null stays null. Every call uses a fresh random nonce. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        String header = VERSION + ":" + algorithm.code() + ":" + keyId;
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(true, algorithm, nonce, header, plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return header + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /** The plain value of a stored one; null stays null. Refuses a damaged, tampered or foreign-key value. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw new FieldCipherException("not an encrypted field value");
        }
        Algorithm alg = Algorithm.ofCode(parts[1]);
        if (!keyId.equals(parts[2])) {
            throw new FieldCipherException("encrypted under another key (" + parts[2] + ", this installation has " + keyId + ")");
        }
        byte[] data;
        try {
            data = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new FieldCipherException("damaged encrypted field value");
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new FieldCipherException("damaged encrypted field value");
        }
        byte[] nonce = Arrays.copyOf(data, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(data, NONCE_BYTES, data.length);
        String header = parts[0] + ":" + parts[1] + ":" + parts[2];
        return new String(run(false, alg, nonce, header, sealed), StandardCharsets.UTF_8);
    }

    /** Whether a stored value is in this class's format (as opposed to a plain value stored before encryption). */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(VERSION + ":");
    }

    private byte[] run(boolean encrypt, Algorithm alg, byte[] nonce, String header, byte[] input) {
        BlockCipher engine = alg == Algorithm.SM4_GCM ? new SM4Engine() : AESEngine.newInstance();
        GCMModeCipher gcm = GCMBlockCipher.newInstance(engine);
        byte[] aad = header.getBytes(StandardCharsets.US_ASCII);
        gcm.init(encrypt, new AEADParameters(new KeyParameter(alg == Algorithm.SM4_GCM ? sm4Key : aesKey), TAG_BITS, nonce, aad));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int n = gcm.processBytes(input, 0, input.length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new FieldCipherException("encrypted field value was changed or damaged");
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static byte[] hmac(Digest digest, byte[] key, String label) {
        HMac mac = new HMac(digest);
        mac.init(new KeyParameter(key));
        byte[] in = label.getBytes(StandardCharsets.US_ASCII);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    private static String keyId(byte[] key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(d, 0, 4).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
