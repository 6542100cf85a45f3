package org.zhengwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 6238 with the test vectors of its appendix B (SHA-1, the last six of the eight digits). */
class TotpTest {

    static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfTheRfc() {
        assertThat(Totp.code(SECRET, Totp.step(59))).isEqualTo("287082");
        assertThat(Totp.code(SECRET, Totp.step(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(SECRET, Totp.step(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(SECRET, Totp.step(2000000000))).isEqualTo("279037");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotOlder() {
        long now = 1234567890;
        assertThat(Totp.match(SECRET, Totp.code(SECRET, Totp.step(now)), now)).hasValue(Totp.step(now));
        assertThat(Totp.match(SECRET, Totp.code(SECRET, Totp.step(now) - 1), now)).hasValue(Totp.step(now) - 1);
        assertThat(Totp.match(SECRET, Totp.code(SECRET, Totp.step(now) + 1), now)).isPresent();
        assertThat(Totp.match(SECRET, Totp.code(SECRET, Totp.step(now) - 3), now)).isEmpty();
        assertThat(Totp.match(SECRET, "12345", now)).isEmpty();
        assertThat(Totp.match(SECRET, null, now)).isEmpty();
    }

    @Test
    void theSecretTravelsAsBase32AndTheUriNamesIssuerAndAccount() {
        String text = Totp.base32(SECRET);
        assertThat(text).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32(text.toLowerCase())).isEqualTo(SECRET);
        assertThat(Totp.uri("政务网站群", "zhang.san", SECRET))
                .startsWith("otpauth://totp/").contains("secret=" + text).contains(":zhang.san")
                .contains("digits=6").contains("period=30");
        assertThat(QrCodeSvg.of(Totp.uri("政务网站群", "zhang.san", SECRET), "二维码"))
                .startsWith("<svg").contains("role=\"img\"").contains("aria-label=\"二维码\"");
    }
}
