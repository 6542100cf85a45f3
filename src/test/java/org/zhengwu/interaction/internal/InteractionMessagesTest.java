package org.zhengwu.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.MailboxKind;

/**
 * The hall builds message keys from states, steps, kinds and field names, and its public pages take labels through
 * {@code t.t("…")} (which the console's bundle test does not read): every one has its Chinese text.
 */
class InteractionMessagesTest {

    private static final Pattern PUBLIC_KEY = Pattern.compile("t\\.t\\(\"([a-z0-9.-]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("\"(interaction\\.[a-z0-9.-]+[a-z0-9])\"");
    /** Strings in the code that look like keys but are audit actions or the prefixes of keys (checked above). */
    private static final Set<String> NOT_MESSAGES = Set.of("interaction.letter.submit", "interaction.letter.rate",
            "interaction.letter.reopen", "interaction.letter.answer.save", "interaction.letter.answer.approve",
            "interaction.letter.answer.return", "interaction.mailbox.create", "interaction.mailbox.update",
            "interaction.mailbox.enable", "interaction.mailbox.disable", "interaction.letter.answer",
            "interaction.letter.text", "interaction.letter.refuse.reason", "interaction.letter.review.reason",
            "interaction.letter.transfer.reason", "interaction.letter.not-ours.reason",
            "interaction.letter.extension.reason", "interaction.letter.extension.decision", "interaction.rating.comment",
            "interaction.letter.state", "interaction.letter.publish", "interaction.letter.withhold",
            "interaction.publication.subject", "interaction.publication.body", "interaction.publication.answer",
            "interaction.publication.reason");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/interaction.properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        // the survey pages under jte/interaction take their labels from the surveys bundle
        for (String bundle : new String[] {"platform", "surveys"}) {
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/" + bundle + ".properties"),
                    StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        return p;
    }

    @Test
    void everyStateStepKindRatingRefusalAndHistoryActionHasItsText() throws IOException {
        Properties p = bundle();
        for (LetterState s : LetterState.values()) {
            assertThat(p).containsKey(s.labelKey());
        }
        for (LetterFlow.Step s : LetterFlow.Step.values()) {
            assertThat(p).containsKey(s.refusedKey());
        }
        for (MailboxKind k : MailboxKind.values()) {
            assertThat(p).containsKey("interaction.mailbox.kind." + k.name());
        }
        for (Rating r : Rating.values()) {
            assertThat(p).containsKey("interaction.rating." + r.name());
        }
        for (RefusalKind k : RefusalKind.values()) {
            assertThat(p).containsKey("interaction.refusal." + k.name());
        }
        for (CaseEvent.Action a : CaseEvent.Action.values()) {
            assertThat(p).containsKey("interaction.history." + a.name());
        }
    }

    @Test
    void everyFieldAndStaffTextRuleHasItsMessages() throws IOException {
        Properties p = bundle();
        for (String field : new String[] {"name", "subject", "text"}) {
            for (String rule : new String[] {"required", "too-long", "control", "markup"}) {
                assertThat(p).containsKey("interaction.letter." + field + "." + rule);
            }
        }
        for (String prefix : new String[] {"interaction.letter.answer", "interaction.letter.refuse.reason",
                "interaction.letter.review.reason", "interaction.letter.transfer.reason",
                "interaction.letter.not-ours.reason", "interaction.letter.extension.reason",
                "interaction.letter.extension.decision", "interaction.rating.comment", "interaction.publication.subject",
                "interaction.publication.body", "interaction.publication.answer", "interaction.publication.reason"}) {
            for (String rule : new String[] {"required", "too-long", "control", "markup"}) {
                assertThat(p).containsKey(prefix + "." + rule);
            }
        }
    }

    @Test
    void everyKeyWrittenInTheHallsPagesAndCodeHasItsText() throws IOException {
        Properties p = bundle();
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/jte/interaction"), PUBLIC_KEY, keys);
        collect(Path.of("src/main/java/org/zhengwu/interaction"), CODE_KEY, keys);
        keys.removeAll(NOT_MESSAGES);
        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(keys.stream().filter(k -> !p.containsKey(k)).toList()).as("keys without text").isEmpty();
    }

    private static void collect(Path root, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
    }
}
