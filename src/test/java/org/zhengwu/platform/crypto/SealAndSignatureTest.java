package org.zhengwu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The audit seal's keyed MAC and the anchors' signatures, in both modes. */
class SealAndSignatureTest {

    private static final byte[] KEY = HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    private static final byte[] MESSAGE = "审计日志第 42 条".getBytes(StandardCharsets.UTF_8);

    @Test
    void hmacSha256GivesTheRfc4231Value() {
        // RFC 4231, test case 1
        assertThat(new KeyedMac(KeyedMac.Algorithm.HMAC_SHA256, KEY).hex("Hi There"))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void aMacVerifiesUnderItsLabelWhateverTheCurrentAlgorithmButNotUnderAnotherKey() {
        KeyedMac sm3 = new KeyedMac(KeyedMac.Algorithm.HMAC_SM3, KEY);
        KeyedMac sha = new KeyedMac(KeyedMac.Algorithm.HMAC_SHA256, KEY);
        String mac = sm3.hex("记录");
        assertThat(sm3.label()).isEqualTo("hmac-sm3:" + sm3.keyId());
        assertThat(mac).hasSize(64).isNotEqualTo(sha.hex("记录"));
        assertThat(sha.verify(sm3.label(), "记录", mac)).isTrue();
        assertThat(sha.verify(sm3.label(), "记彔", mac)).isFalse();

        KeyedMac other = new KeyedMac(KeyedMac.Algorithm.HMAC_SM3, "another key of 16+ bytes".getBytes(StandardCharsets.US_ASCII));
        assertThat(other.isOwnKey(sm3.label())).isFalse();
        assertThat(other.verify(sm3.label(), "记录", mac)).isFalse();
        assertThat(sm3.verify("hmac-md5:" + sm3.keyId(), "记录", mac)).isFalse();
    }

    @Test
    void sm2AndEcdsaSignaturesVerifyWithTheirOwnKeyOnly() {
        for (SigningKey.Algorithm algorithm : SigningKey.Algorithm.values()) {
            SigningKey key = new SigningKey(algorithm, KEY);
            byte[] signature = key.sign(MESSAGE);
            assertThat(signature[0]).as("DER sequence").isEqualTo((byte) 0x30);
            assertThat(key.verify(MESSAGE, signature)).as(algorithm.code()).isTrue();
            assertThat(new SigningKey(algorithm, KEY).verify(MESSAGE, signature)).as("the same secret, later").isTrue();
            assertThat(key.verify("审计日志第 43 条".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
            assertThat(new SigningKey(algorithm, HexFormat.of().parseHex("0c".repeat(32))).verify(MESSAGE, signature)).isFalse();
            assertThat(key.verify(MESSAGE, new byte[] {1, 2, 3})).isFalse();
            assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
            assertThat(key.keyId()).hasSize(16);
        }
        assertThat(new SigningKey(SigningKey.Algorithm.SM2, KEY).keyId())
                .isNotEqualTo(new SigningKey(SigningKey.Algorithm.ECDSA_P256, KEY).keyId());
    }
}
