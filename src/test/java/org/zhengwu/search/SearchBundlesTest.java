package org.zhengwu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every label of the search page exists in zh-CN, zh-TW and English. */
class SearchBundlesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("i18n/" + name + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyBundleHasEveryKeyWithText() throws Exception {
        Properties zh = load("search");
        for (String other : new String[] {"search_zh_TW", "search_en"}) {
            Properties p = load(other);
            assertThat(p.stringPropertyNames()).as(other).isEqualTo(zh.stringPropertyNames());
            p.forEach((k, v) -> assertThat(v.toString()).as(other + " " + k).isNotBlank());
        }
    }
}
