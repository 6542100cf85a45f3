package org.zhengwu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** An installation without the demo that never set its public address is told so at start-up, loudly. */
class BaseUrlCheckTest {

    private static BaseUrlCheck check(MockEnvironment environment, boolean demo) {
        return new BaseUrlCheck(environment, new ZhengwuProperties(Path.of("data"), "http://localhost:8080",
                new ZhengwuProperties.Demo(demo)));
    }

    @Test
    void anUnsetAddressWithoutTheDemoIsWarnedAbout() {
        assertThat(check(new MockEnvironment(), false).warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("未设置 zhengwu.base-url", "ZHENGWU_BASE_URL", "http://localhost:8080", "Open311"));
    }

    @Test
    void aSetAddressOrTheDemoOnTheDevelopersOwnMachineIsNot() {
        assertThat(check(new MockEnvironment().withProperty("zhengwu.base-url", "https://www.qh.gov.cn"), false)
                .warning()).isEmpty();
        assertThat(check(new MockEnvironment(), true).warning()).isEmpty();
    }
}
