package org.zhengwu.services.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Application numbers, as rules. */
class ApplicationCodesTest {

    @Test
    void aNumberIsSqTheDayAndTheSerialOfAtLeastSixDigits() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertThat(ApplicationCodes.number(day, 42)).isEqualTo("SQ20261207000042");
        assertThat(ApplicationCodes.number(day, 999_999)).isEqualTo("SQ20261207999999");
        assertThat(ApplicationCodes.number(day, 1_234_567)).isEqualTo("SQ202612071234567");
        assertThat(ApplicationCodes.typed("sq 2026 1207 000042")).contains("SQ20261207000042");
    }
}
