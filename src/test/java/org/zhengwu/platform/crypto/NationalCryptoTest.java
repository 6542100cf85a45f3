package org.zhengwu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;

/** SM3 password hashes, the SM4/AES-GCM field cipher and where its key comes from. */
class NationalCryptoTest {

    static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @TempDir
    Path dir;

    @Test
    void sm3GivesTheDigestOfTheStandardsExample() {
        // GB/T 32905-2016, example 1: SM3("abc")
        SM3Digest sm3 = new SM3Digest();
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        sm3.update(abc, 0, abc.length);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        assertThat(HexFormat.of().formatHex(out))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm4GivesTheCiphertextOfTheStandardsExample() {
        // GB/T 32907-2016, appendix A: key = plaintext = 0123456789abcdeffedcba9876543210
        byte[] block = HexFormat.of().parseHex("0123456789abcdeffedcba9876543210");
        SM4Engine sm4 = new SM4Engine();
        sm4.init(true, new KeyParameter(block));
        byte[] out = new byte[16];
        sm4.processBlock(block, 0, out, 0);
        assertThat(HexFormat.of().formatHex(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void anSm3PasswordHashVerifiesTheRightPasswordOnlyAndIsSaltedAndIterated() {
        Sm3PasswordEncoder encoder = new Sm3PasswordEncoder(Sm3PasswordEncoder.MIN_ITERATIONS);
        String hash = encoder.encode("政务Password2026");
        assertThat(hash).startsWith("$pbkdf2-sm3$i=100000$");
        assertThat(encoder.matches("政务Password2026", hash)).isTrue();
        assertThat(encoder.matches("政务Password2027", hash)).isFalse();
        assertThat(encoder.encode("政务Password2026")).isNotEqualTo(hash);
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
        assertThat(new Sm3PasswordEncoder(200_000).upgradeEncoding(hash)).isTrue();
        assertThatThrownBy(() -> new Sm3PasswordEncoder(10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pbkdf2WithHmacSm3IsDeterministicForTheSameSalt() {
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] a = Sm3PasswordEncoder.derive("password".getBytes(StandardCharsets.UTF_8), salt, 100_000);
        byte[] b = Sm3PasswordEncoder.derive("password".getBytes(StandardCharsets.UTF_8), salt, 100_000);
        assertThat(a).hasSize(32).isEqualTo(b);
        assertThat(Sm3PasswordEncoder.derive("password".getBytes(StandardCharsets.UTF_8), salt, 100_001)).isNotEqualTo(a);
    }

    @Test
    void bothKindsOfHashVerifyWhateverTheSettingAndTheOtherKindAsksForAnUpgrade() {
        PasswordEncoder sm3 = PasswordHashing.encoder(CryptoProperties.PasswordHash.SM3, 100_000);
        PasswordEncoder argon = PasswordHashing.encoder(CryptoProperties.PasswordHash.ARGON2ID, 100_000);
        String sm3Hash = sm3.encode("Abcdefgh12");
        String argonHash = argon.encode("Abcdefgh12");
        assertThat(sm3Hash).startsWith("{sm3}$pbkdf2-sm3$");
        assertThat(argonHash).startsWith("{argon2id}$argon2id$");
        assertThat(argon.matches("Abcdefgh12", sm3Hash)).isTrue();
        assertThat(sm3.matches("Abcdefgh12", argonHash)).isTrue();
        assertThat(argon.upgradeEncoding(sm3Hash)).isTrue();
        assertThat(sm3.upgradeEncoding(argonHash)).isTrue();
        assertThat(sm3.upgradeEncoding(sm3Hash)).isFalse();
        // hashes stored before the prefix existed are Argon2id
        String legacy = PasswordHashing.argon2id().encode("Abcdefgh12");
        assertThat(sm3.matches("Abcdefgh12", legacy)).isTrue();
        assertThat(argon.upgradeEncoding(legacy)).isTrue();
    }

    @Test
    void sm4AndAesGcmValuesRoundTripAndNameTheirAlgorithmAndKey() {
        for (FieldCipher.Algorithm algorithm : FieldCipher.Algorithm.values()) {
            FieldCipher cipher = new FieldCipher(algorithm, KEY);
            String stored = cipher.encrypt("13912345678 / 110101199003076516 / 北京市东城区");
            assertThat(stored).startsWith("zf1:" + algorithm.code() + ":" + cipher.keyId() + ":")
                    .doesNotContain("13912345678");
            assertThat(cipher.decrypt(stored)).isEqualTo("13912345678 / 110101199003076516 / 北京市东城区");
            assertThat(cipher.encrypt("同一个值")).isNotEqualTo(cipher.encrypt("同一个值"));
            assertThat(cipher.encrypt(null)).isNull();
            assertThat(FieldCipher.isEncrypted(stored)).isTrue();
        }
        // a value keeps decrypting after the setting changes from one algorithm to the other
        String aes = new FieldCipher(FieldCipher.Algorithm.AES_GCM, KEY).encrypt("地址");
        assertThat(new FieldCipher(FieldCipher.Algorithm.SM4_GCM, KEY).decrypt(aes)).isEqualTo("地址");
    }

    @Test
    void aTamperedCiphertextIsRefusedNotDecryptedToSomethingElse() {
        FieldCipher cipher = new FieldCipher(FieldCipher.Algorithm.SM4_GCM, KEY);
        String stored = cipher.encrypt("110101199003076516");
        String[] parts = stored.split(":");
        byte[] data = Base64.getUrlDecoder().decode(parts[3]);
        data[data.length / 2] ^= 1;
        String flipped = parts[0] + ":" + parts[1] + ":" + parts[2] + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(data);
        assertThatThrownBy(() -> cipher.decrypt(flipped)).isInstanceOf(FieldCipher.FieldCipherException.class)
                .hasMessageContaining("changed");
        // the header is authenticated too: claiming the other algorithm does not decrypt
        assertThatThrownBy(() -> cipher.decrypt(stored.replace(":sm4-gcm:", ":aes-gcm:")))
                .isInstanceOf(FieldCipher.FieldCipherException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored.substring(0, stored.length() - 4)))
                .isInstanceOf(FieldCipher.FieldCipherException.class);
        assertThatThrownBy(() -> cipher.decrypt("110101199003076516")).isInstanceOf(FieldCipher.FieldCipherException.class);
    }

    @Test
    void aValueOfAnotherKeyIsToldApart() {
        String stored = new FieldCipher(FieldCipher.Algorithm.SM4_GCM, KEY).encrypt("秘密");
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThatThrownBy(() -> new FieldCipher(FieldCipher.Algorithm.SM4_GCM, other).decrypt(stored))
                .isInstanceOf(FieldCipher.FieldCipherException.class).hasMessageContaining("another key");
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceInAnOwnerOnlyFile() throws Exception {
        Path keys = dir.resolve("keys");
        byte[] first = FieldKey.key(null, keys);
        byte[] again = FieldKey.key("", keys);
        assertThat(first).hasSize(32).isEqualTo(again);
        Path file = keys.resolve(FieldKey.FILE);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        byte[] configured = FieldKey.key(Base64.getEncoder().encodeToString(KEY), dir.resolve("elsewhere"));
        assertThat(configured).isEqualTo(KEY);
        assertThat(dir.resolve("elsewhere")).doesNotExist();
        assertThatThrownBy(() -> FieldKey.key("c2hvcnQ=", keys)).isInstanceOf(IllegalStateException.class);
    }
}
