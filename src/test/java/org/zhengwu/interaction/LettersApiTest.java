package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;

/** The module's API for other channels (the Open311 helper): same checks as the form, nothing personal out. */
@ZhengwuTest
class LettersApiTest {

    @Autowired
    Letters letters;
    @Autowired
    Mailboxes mailboxes;

    private Mailbox box() {
        return mailboxes.create(new MailboxDetails(ConsoleFixtures.code("api"), "接口信箱", MailboxKind.CONSULTATION, "",
                null, null, 15, 0));
    }

    @Test
    void aLetterFromAServiceGetsATrackingNumberAndAQueryCodeAndAPublicStatus() {
        Mailbox box = box();
        LetterReceipt r = letters.submit(new NewLetter(box.code(), "李四", "0571-87654321", null, "咨询社保",
                "社保怎么转移？", true, List.of(new LetterFile("表.pdf", 9,
                        new ByteArrayResource("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))))));
        assertThat(r.trackingNumber()).matches("XJ\\d{8}[2-9A-Z]{8}");
        assertThat(r.queryCode()).matches("[2-9A-Z]{8}");
        LetterStatus s = letters.status(r.trackingNumber().toLowerCase()).orElseThrow();
        assertThat(s.state()).isEqualTo(LetterState.RECEIVED);
        assertThat(s.mailboxCode()).isEqualTo(box.code());
        assertThat(s.publicWish()).isTrue();
        assertThat(s.unitName()).isNull();
        assertThat(letters.status("XJ20260101ABCDEFGH")).isEmpty();
        assertThat(letters.status("nonsense")).isEmpty();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(letters.list(new LetterFilter(box.code(), LetterState.RECEIVED, today, today, 0, 10)))
                .extracting(LetterSummary::trackingNumber).containsExactly(r.trackingNumber());
        assertThat(letters.list(new LetterFilter(box.code(), LetterState.ANSWERED, null, null, 0, 10))).isEmpty();
        assertThat(letters.list(new LetterFilter(box.code(), null, today.plusDays(1), null, 0, 10))).isEmpty();
        assertThat(letters.list(new LetterFilter("no-such-box", null, null, null, 0, 10))).isEmpty();
    }

    @Test
    void theSameChecksRefuseBadLettersWithEveryProblemAndStoreNothing() {
        Mailbox box = box();
        assertThatThrownBy(() -> letters.submit(new NewLetter(box.code(), "", "123", "x@", "", "<script>", false,
                List.of(new LetterFile("a.exe", 2, new ByteArrayResource(new byte[] {'M', 'Z'}))))))
                .isInstanceOfSatisfying(InvalidLetter.class, e -> assertThat(e.problems())
                        .extracting(LetterProblem::field).containsExactly("name", "phone", "email", "subject", "text", "files"));
        assertThatThrownBy(() -> letters.submit(new NewLetter("no-such-box", "张三", "13812345678", null, "主题", "内容",
                false, List.of()))).isInstanceOfSatisfying(InvalidLetter.class,
                e -> assertThat(e.problems()).extracting(LetterProblem::key).containsExactly("interaction.letter.mailbox.unknown"));
        assertThat(letters.list(new LetterFilter(box.code(), null, null, null, 0, 10))).isEmpty();
    }

    @Test
    void whatTheApiReturnsHasNoFieldForTextOrPersonalData() {
        for (Class<?> type : List.of(LetterStatus.class, LetterSummary.class, LetterReceipt.class)) {
            assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList())
                    .as(type.getSimpleName())
                    .noneMatch(n -> n.matches("(?i).*(name|phone|email|mail$|address|ip|text|body|subject|answer).*")
                            && !n.equals("mailboxName") && !n.equals("unitName") && !n.equals("answeredAt"));
        }
    }
}
