package org.zhengwu.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.zhengwu.platform.RuleViolation;

class SecurityPolicyRulesTest {

    private static String refusal(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuleViolation e) {
            return e.key();
        }
    }

    @Test
    void aPasswordNeedsTheMinimumLengthLettersAndDigits() {
        PasswordPolicy p = new PasswordPolicy(12, false, false);
        assertThat(refusal(() -> p.check("zhang", "Abcdefgh123"))).isEqualTo("password.new.too-short");
        assertThat(refusal(() -> p.check("zhang", "abcdefghijkl"))).isEqualTo("password.new.letters-digits");
        assertThat(refusal(() -> p.check("zhang", "123456789012"))).isEqualTo("password.new.letters-digits");
        assertThatCode(() -> p.check("zhang", "abcdefgh1234")).doesNotThrowAnyException();
    }

    @Test
    void mixedCaseAndSymbolAreRequiredOnlyWhenThePolicySaysSo() {
        PasswordPolicy strict = new PasswordPolicy(10, true, true);
        assertThat(refusal(() -> strict.check("zhang", "abcdefgh12!"))).isEqualTo("password.new.mixed-case");
        assertThat(refusal(() -> strict.check("zhang", "Abcdefgh123"))).isEqualTo("password.new.symbol");
        assertThatCode(() -> strict.check("zhang", "Abcdefgh12!")).doesNotThrowAnyException();
    }

    @Test
    void thePasswordMayNotBeTheUserName() {
        assertThat(refusal(() -> PasswordPolicy.DEFAULT.check("zhangsan2026", "ZhangSan2026"))).isEqualTo("password.new.same-as-username");
    }

    @Test
    void aPasswordExpiresAfterTheGivenDaysAndNeverWithZero() {
        OffsetDateTime changed = OffsetDateTime.parse("2026-01-01T08:00:00+08:00");
        SecurityPolicy ninety = SecurityPolicy.DEFAULT;
        assertThat(ninety.expired(changed, changed.plusDays(89))).isFalse();
        assertThat(ninety.expired(changed, changed.plusDays(90))).isTrue();
        SecurityPolicy never = new SecurityPolicy(PasswordPolicy.DEFAULT, 0, 5, 5, 15, 30, false);
        assertThat(never.expired(changed, changed.plusYears(5))).isFalse();
    }

    @Test
    void valuesOutsideTheAllowedRangesAreRefusedByName() {
        assertThatThrownBy(() -> new SecurityPolicy(new PasswordPolicy(6, false, false), 90, 5, 5, 15, 30, false).validate())
                .hasMessageStartingWith("policy.min-length.range");
        assertThatThrownBy(() -> new SecurityPolicy(PasswordPolicy.DEFAULT, 90, 5, 50, 15, 30, false).validate())
                .hasMessageStartingWith("policy.lockout-threshold.range");
        assertThatThrownBy(() -> new SecurityPolicy(PasswordPolicy.DEFAULT, 90, 5, 5, 15, 1, false).validate())
                .hasMessageStartingWith("policy.session-idle.range");
        assertThatCode(SecurityPolicy.DEFAULT::validate).doesNotThrowAnyException();
    }
}
