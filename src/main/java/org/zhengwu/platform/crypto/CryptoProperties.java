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
 * @param auditMac how each audit record is sealed: HMAC-SHA-256, or HMAC-SM3 in 国密 mode; records sealed under the
 *                 other one still verify (each names its algorithm)
 * @param auditMacKey the audit seal's key, base64 (at least 16 bytes; {@code ZHENGWU_CRYPTO_AUDIT_MAC_KEY}); when
 *                    empty, generated once as {@code {data-dir}/keys/audit-mac.key}
 * @param anchorSignature how the audit administrator's anchors of the chain head are signed: ECDSA P-256, or SM2 in
 *                        国密 mode
 * @param anchorKey the secret of the anchor signing key, base64 (at least 16 bytes;
 *                  {@code ZHENGWU_CRYPTO_ANCHOR_KEY}); when empty, generated once as
 *                  {@code {data-dir}/keys/audit-anchor-ALGORITHM.key}
 */
@ConfigurationProperties("zhengwu.crypto")
public record CryptoProperties(
        @DefaultValue("argon2id") PasswordHash passwordHash,
        @DefaultValue("aes-gcm") FieldCipher.Algorithm fieldCipher,
        String fieldKey,
        @DefaultValue("100000") int sm3Iterations,
        @DefaultValue("hmac-sha256") KeyedMac.Algorithm auditMac,
        String auditMacKey,
        @DefaultValue("ecdsa-p256") SigningKey.Algorithm anchorSignature,
        String anchorKey) {

    public enum PasswordHash { ARGON2ID, SM3 }

    public CryptoProperties {
        if (sm3Iterations < Sm3PasswordEncoder.MIN_ITERATIONS) {
            throw new IllegalArgumentException("zhengwu.crypto.sm3-iterations must be at least " + Sm3PasswordEncoder.MIN_ITERATIONS);
        }
    }
}
