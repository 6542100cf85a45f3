package org.zhengwu.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The algorithms of the installation under {@code zhengwu.crypto.*}: a modern standard by default, the national
 * (国密) algorithms by configuration.
 *
 * @param passwordHash how new password hashes are made; existing hashes of the other kind still verify and are
 *                     replaced at the owner's next sign-in
 * @param fieldCipher how personal data fields are encrypted at rest; values encrypted with the other one still
 *                    decrypt (the stored value names its algorithm)
 * @param fieldKey the key of the field cipher, base64 (at least 16 bytes); from configuration or the environment
 *                 ({@code ZHENGWU_CRYPTO_FIELD_KEY}), never from the repository. When empty, a key is generated once
 *                 under {@code {data-dir}/keys}.
 * @param sm3Iterations the PBKDF2 iteration count of SM3 password hashes (at least 100,000)
 */
@ConfigurationProperties("zhengwu.crypto")
public record CryptoProperties(
        @DefaultValue("argon2id") PasswordHash passwordHash,
        @DefaultValue("aes-gcm") FieldCipher.Algorithm fieldCipher,
        String fieldKey,
        @DefaultValue("100000") int sm3Iterations) {

    public enum PasswordHash { ARGON2ID, SM3 }

    public CryptoProperties {
        if (sm3Iterations < Sm3PasswordEncoder.MIN_ITERATIONS) {
            throw new IllegalArgumentException("zhengwu.crypto.sm3-iterations must be at least " + Sm3PasswordEncoder.MIN_ITERATIONS);
        }
    }
}
