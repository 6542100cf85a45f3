package org.zhengwu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module that has started its zh-TW or English bundle has finished it: every key of its zh-CN bundle is there,
 * with text, and nothing else is. (Which keys must exist at all is MessageBundlesTest's job.)
 */
class BundleTranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void everyTranslationHasExactlyTheKeysOfItsChineseBundle() throws IOException {
        List<Path> translations;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            translations = files.filter(f -> f.getFileName().toString().matches("[a-z]+_(zh_TW|en)\\.properties")).toList();
        }
        assertThat(translations).as("translated bundles").isNotEmpty();
        for (Path translation : translations) {
            String name = translation.getFileName().toString();
            Properties chinese = load(BUNDLES.resolve(name.replaceFirst("_(zh_TW|en)\\.properties$", ".properties")));
            Properties translated = load(translation);
            assertThat(translated.stringPropertyNames()).as(name).isEqualTo(chinese.stringPropertyNames());
            translated.forEach((k, v) -> assertThat(v.toString()).as(name + " " + k).isNotBlank());
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
