package org.zhengwu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every console page renders inside the console's frame (side navigation, top bar, breadcrumbs): each template of
 * the console either is a page in {@code layout/admin.jte} or is a part included by another template.
 */
class ConsoleTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");

    @Test
    void everyConsoleTemplateIsAPageInTheFrameOrAPartOfOne() throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            all = files.filter(f -> f.toString().endsWith(".jte")).toList();
        }
        StringBuilder every = new StringBuilder();
        for (Path f : all) {
            every.append(Files.readString(f));
        }
        List<String> outside = new ArrayList<>();
        for (Path f : all) {
            String name = TEMPLATES.relativize(f).toString().replace('\\', '/').replace(".jte", "");
            boolean console = name.startsWith("admin/") || name.endsWith("/console");
            boolean page = Files.readString(f).contains("@template.layout.admin(");
            boolean part = every.indexOf("@template." + name.replace('/', '.') + "(") >= 0;
            if (console && !page && !part) {
                outside.add(name);
            }
        }
        assertThat(outside).as("console templates outside the frame").isEmpty();
        assertThat(all).as("the console pages were found").hasSizeGreaterThan(40);
    }
}
