package org.zhengwu.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhengwu.checks.internal.WordKind;

/**
 * Every message of the checks exists in zh-CN, also those whose keys are built at run time (findings' keys in the
 * code, enum names in templates), which MessageBundlesTest cannot see.
 */
class ChecksMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(checks\\.[a-z0-9.-]+)\"");
    /** Strings of the same shape that are not messages: audit action codes and the field prefixes of FormError.at. */
    private static final Pattern NOT_A_MESSAGE = Pattern.compile("(?:AuditEvent\\.of|\\.at)\\(\"(checks\\.[a-z0-9.-]+)\"");

    @Test
    void everyCheckMessageHasAChineseText() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java/org/zhengwu/checks"), Path.of("src/main/jte/checks"),
                Path.of("src/main/jte/admin/checks"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String source = Files.readString(f);
                    Matcher m = KEY.matcher(source);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            keys.add(m.group(1));
                        }
                    }
                    Matcher not = NOT_A_MESSAGE.matcher(source);
                    while (not.find()) {
                        keys.remove(not.group(1));
                    }
                }
            }
        }
        for (String what : List.of("link", "image")) {
            for (String why : List.of("invalid", "private", "missing", "http", "timeout", "unreachable", "unknown-host")) {
                keys.add("checks." + what + "." + why);
            }
        }
        for (Finding.Severity s : Finding.Severity.values()) {
            keys.add("checks.severity." + s.name());
        }
        for (Finding.Field f : Finding.Field.values()) {
            keys.add("checks.field." + f.name());
        }
        for (WordKind k : WordKind.values()) {
            keys.add("checks.words.list." + k.name());
            keys.add("checks.words.about." + k.name());
        }
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/checks.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        assertThat(keys).hasSizeGreaterThan(60);
        assertThat(keys.stream().filter(k -> bundle.getProperty(k, "").isBlank()).toList())
                .as("checks message keys without a zh-CN text").isEmpty();
    }
}
