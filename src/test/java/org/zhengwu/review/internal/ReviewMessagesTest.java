package org.zhengwu.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The review pages build message keys from states and decisions: every one has its Chinese text. */
class ReviewMessagesTest {

    @Test
    void everyStateDecisionAndChainSourceHasItsMessage() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/review.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (ReviewWorkflow.State s : ReviewWorkflow.State.values()) {
            assertThat(p).containsKeys("review.state." + s.name(), "review.panel." + s.name());
        }
        for (ReviewWorkflow.Decision d : ReviewWorkflow.Decision.values()) {
            assertThat(p).containsKey("review.decision." + d.name());
        }
        for (ReviewViews.ChainSource c : ReviewViews.ChainSource.values()) {
            assertThat(p).containsKey("review.chains.source." + c.name());
        }
        assertThat(p).containsKey("review.panel.DRAFT_LIVE");
    }
}
