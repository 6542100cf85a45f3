package org.zhengwu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.content.ContentStatus;
import org.zhengwu.content.PolicyMetadata;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.UnitKind;

/**
 * No console text goes untranslated: every message key written literally in a template ({@code ui.t("…")}) or in
 * the code ({@code new RuleViolation("…")}, {@code FormError.of("…")}, {@code new NotFound("…")}), and every key
 * built from an enum, has a zh-CN message.
 */
@ZhengwuTest
class MessageBundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("ui\\.t\\(\"([a-z0-9.-]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("(?:new RuleViolation|new NotFound|FormError\\.of|ui\\.t)\\(\"([a-z0-9.-]+)\"");

    @Autowired
    MessageSource messages;

    @Test
    void everyKeyUsedHasAChineseMessage() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/jte"), ".jte", TEMPLATE_KEY, keys);
        collect(Path.of("src/main/java"), ".java", CODE_KEY, keys);
        for (ColumnKind k : ColumnKind.values()) {
            keys.add("column.kind." + k.name());
        }
        for (UnitKind k : UnitKind.values()) {
            keys.add("unit.kind." + k.name());
        }
        for (StaffRole r : StaffRole.values()) {
            keys.add("staff.role." + r.name());
        }
        for (ContentStatus s : ContentStatus.values()) {
            keys.add("content.status." + s.name());
        }
        for (PolicyMetadata.Validity v : PolicyMetadata.Validity.values()) {
            keys.add("content.validity." + v.name());
        }
        assertThat(keys).hasSizeGreaterThan(100);
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            try {
                messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
            } catch (NoSuchMessageException e) {
                missing.add(key);
            }
        }
        assertThat(missing).as("message keys without a zh-CN message").isEmpty();
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
    }
}
