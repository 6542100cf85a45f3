package org.zhengwu.interaction.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The publication's keys built from names (masks, decisions) and the statistics' headings have their text. */
class PublicationMessagesTest {

    @Test
    void everyMaskDecisionAndHeadingHasItsText() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/interaction.properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (Redaction.Kind k : Redaction.Kind.values()) {
            assertThat(p).containsKey("interaction.publication.mask." + k.name());
        }
        for (PublicationDecision d : PublicationDecision.values()) {
            assertThat(p).containsKey("interaction.publication.state." + d.name());
        }
        for (String key : StatisticsReport.HEADER_KEYS) {
            assertThat(p).containsKey(key);
        }
        for (String key : new String[] {"interaction.statistics.period.this-year", "interaction.statistics.period.year",
                "interaction.statistics.period.month"}) {
            assertThat(p).containsKey(key);
        }
    }
}
