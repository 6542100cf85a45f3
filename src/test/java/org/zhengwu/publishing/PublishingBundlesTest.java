package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every label of the public pages and the console exists in zh-CN, zh-TW and English. */
class PublishingBundlesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("i18n/" + name + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyBundleHasEveryKeyWithText() throws Exception {
        Properties zh = load("publishing");
        for (String other : new String[] {"publishing_zh_TW", "publishing_en"}) {
            Properties p = load(other);
            assertThat(p.stringPropertyNames()).as(other).isEqualTo(zh.stringPropertyNames());
            p.forEach((k, v) -> assertThat(v.toString()).as(other + " " + k).isNotBlank());
        }
    }

    @Test
    void theTraditionalBundleSwitchesBackToSimplified() throws Exception {
        assertThat(load("publishing").getProperty("publishing.script.switch")).isEqualTo("繁體");
        assertThat(load("publishing_zh_TW").getProperty("publishing.script.switch")).isEqualTo("简体");
    }
}
