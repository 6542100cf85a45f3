package org.zhengwu.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.zhengwu.platform.abuse.FormGuard.Verdict;

class FormGuardTest {

    final AtomicLong now = new AtomicLong(1_800_000_000_000L);
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    final FormGuard guard = new FormGuard(new byte[32], clock, Duration.ofSeconds(3), Duration.ofHours(12));

    @Test
    void a_form_sent_back_after_a_person_could_have_filled_it_in_passes() {
        String token = guard.issue("letter:mayor");
        now.addAndGet(20_000);
        assertThat(guard.check("letter:mayor", token, "")).isEqualTo(Verdict.PASSED);
        assertThat(guard.check("letter:mayor", token, null)).isEqualTo(Verdict.PASSED);
    }

    @Test
    void a_form_sent_back_within_three_seconds_is_too_fast() {
        String token = guard.issue("letter:mayor");
        now.addAndGet(1_000);
        assertThat(guard.check("letter:mayor", token, "")).isEqualTo(Verdict.TOO_FAST);
    }

    @Test
    void a_filled_trap_field_is_refused_whatever_the_token() {
        String token = guard.issue("letter:mayor");
        now.addAndGet(20_000);
        assertThat(guard.check("letter:mayor", token, "http://spam.example")).isEqualTo(Verdict.TRAPPED);
    }

    @Test
    void a_token_of_another_form_or_an_altered_one_is_forged() {
        String token = guard.issue("letter:mayor");
        now.addAndGet(20_000);
        assertThat(guard.check("survey:1", token, "")).isEqualTo(Verdict.FORGED);
        String earlier = Long.toString(now.get() - 60_000, 36) + token.substring(token.indexOf('.'));
        assertThat(guard.check("letter:mayor", earlier, "")).isEqualTo(Verdict.FORGED);
        assertThat(guard.check("letter:mayor", "x.y", "")).isEqualTo(Verdict.FORGED);
        assertThat(guard.check("letter:mayor", "no-dot", "")).isEqualTo(Verdict.FORGED);
        assertThat(guard.check("letter:mayor", "", "")).isEqualTo(Verdict.MISSING);
    }

    @Test
    void a_token_signed_with_another_installations_key_is_forged() {
        FormGuard other = new FormGuard(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, clock,
                Duration.ofSeconds(3), Duration.ofHours(12));
        String token = other.issue("letter:mayor");
        now.addAndGet(20_000);
        assertThat(guard.check("letter:mayor", token, "")).isEqualTo(Verdict.FORGED);
    }

    @Test
    void a_form_left_open_longer_than_its_lifetime_has_expired() {
        String token = guard.issue("letter:mayor");
        now.addAndGet(Duration.ofHours(13).toMillis());
        assertThat(guard.check("letter:mayor", token, "")).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void an_address_over_its_limit_is_throttled_and_others_are_not() {
        SubmissionThrottle throttle = new SubmissionThrottle(clock, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allow("letter", "10.0.0.1")).isTrue();
        }
        assertThat(throttle.allow("letter", "10.0.0.1")).isFalse();
        assertThat(throttle.allow("letter", "10.0.0.2")).isTrue();
        assertThat(throttle.allow("survey", "10.0.0.1")).isTrue();
        now.addAndGet(60_000);
        assertThat(throttle.allow("letter", "10.0.0.1")).isTrue();
    }

    @Test
    void a_form_shown_again_keeps_its_genuine_token_and_gets_a_new_one_for_a_bad_one() {
        String token = guard.issue("letter:mayor");
        now.addAndGet(1_000);
        assertThat(guard.carryOver("letter:mayor", token)).isEqualTo(token);
        now.addAndGet(2_500);
        assertThat(guard.check("letter:mayor", guard.carryOver("letter:mayor", token), "")).isEqualTo(Verdict.PASSED);
        assertThat(guard.carryOver("survey:1", token)).isNotEqualTo(token);
        assertThat(guard.carryOver("letter:mayor", null)).isNotBlank();
        now.addAndGet(13 * 3600_000L);
        String renewed = guard.carryOver("letter:mayor", token);
        assertThat(renewed).isNotEqualTo(token);
        assertThat(guard.check("letter:mayor", renewed, "")).isEqualTo(Verdict.TOO_FAST);
    }
}
