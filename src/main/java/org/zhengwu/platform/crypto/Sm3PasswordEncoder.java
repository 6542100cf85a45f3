package org.zhengwu.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes with the national hash SM3 (GB/T 32905): PBKDF2 with HMAC-SM3, a random 16-byte salt and at least
 * 100,000 iterations, stored as {@code $pbkdf2-sm3$i=ITERATIONS$SALT$HASH} (base64). A hash made with fewer
 * iterations than configured asks to be upgraded.
 */
public final class Sm3PasswordEncoder implements PasswordEncoder {

    public static final int MIN_ITERATIONS = 100_000;
    private static final String PREFIX = "$pbkdf2-sm3$i=";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public Sm3PasswordEncoder(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations");
        }
        this.iterations = iterations;
    }

    /** PBKDF2-HMAC-SM3 of the password, 32 bytes. */
    public static byte[] derive(byte[] password, byte[] salt, int iterations) {
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SM3Digest());
        generator.init(password, salt, iterations);
        return ((KeyParameter) generator.generateDerivedParameters(HASH_BITS)).getKey();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(bytes(rawPassword), salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        Parsed p = Parsed.of(encodedPassword);
        if (p == null || rawPassword == null) {
            return false;
        }
        return MessageDigest.isEqual(p.hash, derive(bytes(rawPassword), p.salt, p.iterations));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        Parsed p = Parsed.of(encodedPassword);
        return p == null || p.iterations < iterations;
    }

    private static byte[] bytes(CharSequence s) {
        return s == null ? new byte[0] : s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {

        static Parsed of(String encoded) {
            if (encoded == null || !encoded.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = encoded.substring(PREFIX.length()).split("\\$");
            if (parts.length != 3) {
                return null;
            }
            try {
                int n = Integer.parseInt(parts[0]);
                Base64.Decoder b64 = Base64.getDecoder();
                return n < 1 ? null : new Parsed(n, b64.decode(parts[1]), b64.decode(parts[2]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
