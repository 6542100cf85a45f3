package org.zhengwu.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text meant for screen readers only (a table's caption that repeats the heading above it) is hidden by a class of
 * the public stylesheet; a class the stylesheet lacks shows the text to everyone (the letters list once showed its
 * heading twice). The console's stylesheet is not loaded on public pages, so its names do not count here.
 */
class PublicClassesTest {

    private static final Pattern HIDING_CLASS = Pattern.compile("<(?:caption|span|h[1-6])[^>]*class=\"([^\"]*\\b(?:sr|visually-hidden|sr-only)\\b[^\"]*)\"");

    @Test
    void everyScreenReaderOnlyClassOnAPublicPageIsDefinedByThePublicStylesheet() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/assets/site.css"), StandardCharsets.UTF_8);
        Map<String, String> undefined = new TreeMap<>();
        for (String dir : new String[] {"src/main/jte/publishing", "src/main/jte/interaction", "src/main/jte/search"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                    Matcher m = HIDING_CLASS.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        for (String name : m.group(1).split("\\s+")) {
                            if (name.matches("sr|visually-hidden|sr-only") && !css.contains("." + name + "{")) {
                                undefined.put(file.toString(), name);
                            }
                        }
                    }
                }
            }
        }
        assertThat(undefined).as("hiding classes the public stylesheet does not define").isEmpty();
    }
}
