package org.zhengwu.interaction.internal;

import org.zhengwu.platform.crypto.QueryCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    private final QueryCodes codes = new QueryCodes(new byte[32]);

    @Test
    void a_tracking_number_names_the_day_and_carries_eight_random_unambiguous_characters() {
        String n = TrackingNumbers.newTrackingNumber(LocalDate.of(2026, 3, 15));
        assertThat(n).hasSize(18).startsWith("XJ20260315");
        assertThat(n.substring(10)).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
    }

    @Test
    void numbers_of_one_day_do_not_follow_each_other() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(TrackingNumbers.newTrackingNumber(LocalDate.of(2026, 3, 15)));
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void a_typed_number_or_code_is_read_without_spaces_hyphens_or_case() {
        assertThat(TrackingNumbers.trackingNumber(" xj20260315-k7qm 4hzp ")).contains("XJ20260315K7QM4HZP");
        assertThat(TrackingNumbers.queryCode("ab cd-2345")).contains("ABCD2345");
        assertThat(TrackingNumbers.trackingNumber("XJ20260315K7QM4HZ")).isEmpty();
        assertThat(TrackingNumbers.trackingNumber("XJ20260315K7QM4HZ0")).isEmpty(); // 0 is not in the alphabet
        assertThat(TrackingNumbers.queryCode("ABCD234O")).isEmpty();
        assertThat(TrackingNumbers.trackingNumber(null)).isEmpty();
        assertThat(TrackingNumbers.queryCode("A".repeat(1000))).isEmpty();
    }

    @Test
    void a_query_code_is_stored_as_a_keyed_hash_that_fits_only_its_letter() {
        String code = TrackingNumbers.newQueryCode();
        String hash = codes.hash("XJ20260315K7QM4HZP", code);
        assertThat(hash).hasSize(64).doesNotContain(code);
        assertThat(codes.matches("XJ20260315K7QM4HZP", code, hash)).isTrue();
        assertThat(codes.matches("XJ20260315K7QM4HZQ", code, hash)).isFalse();
        assertThat(codes.matches("XJ20260315K7QM4HZP", "ABCD2345".equals(code) ? "ABCD2346" : "ABCD2345", hash)).isFalse();
        assertThat(new QueryCodes(new byte[] {1, 2, 3}).matches("XJ20260315K7QM4HZP", code, hash)).isFalse();
    }

    @Test
    void an_unknown_letter_never_matches_any_code() {
        assertThat(codes.matches("XJ20260315K7QM4HZP", "ABCD2345", null)).isFalse();
        assertThat(codes.matches("", "", null)).isFalse();
    }
}
