package org.zhengwu.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.services.Replay;
import org.zhengwu.sites.SiteAdministration;

/**
 * A petition walked from a hall letter to the re-examination, as the people involved see it, on the application clock
 * moved back to the autumn of 2026: the limits count calendar days, National Day included.
 */
@ZhengwuTest
class PetitionJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    Letters letters;
    @Autowired
    Cases cases;
    @Autowired
    Replay replay;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    PetitionDesk desk;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        desk = new PetitionDesk(mvc, new ConsoleFixtures(sites, staffAdministration));
        audit = new AuditRecords(jdbc);
    }

    private CaseView caseOf(String reference) {
        return cases.findByReference("petition", reference).orElseThrow();
    }

    private boolean openForRepeats(String reference) {
        return jdbc.sql("SELECT m.open FROM petition_repeat_matter m JOIN petition p ON p.id = m.petition_id"
                + " WHERE p.reference = ?").param(reference).query(Boolean.class).single();
    }

    private Map<String, Object> row(String reference) {
        return jdbc.sql("SELECT * FROM petition WHERE reference = ?").param(reference).query().singleRow();
    }

    @Test
    void aHallLetterBecomesAPetitionThatIsAcceptedExtendedAnsweredLateReviewedAndReExamined() throws Exception {
        var box = hall.mailbox(MailboxKind.MAYOR, desk.staff.unitA(), 15);
        LetterReceipt letter = replay.at("2026-09-28T09:00", () -> transactions.execute(tx -> letters.submit(
                new NewLetter(box.code(), "张大伯", "13812345678", null, "征地补偿款至今未发放",
                        "东街村5组的征地补偿款2025年已公示，至今未发到农户手中。", false, List.of()))));

        // the dispatcher turns the letter into a petition with one click on the letter's page
        String letterPage = replay.at("2026-09-28T10:00", () -> PetitionDesk.text(mvc.perform(
                get("/admin/letters/" + letter.trackingNumber()).with(as(desk.staff.dispatcher))).andReturn()));
        assertThat(letterPage).contains("/admin/petitions/from-letter/" + letter.trackingNumber()).contains("转为信访件");
        MvcResult taken = replay.at("2026-09-28T10:00", () -> desk.send(desk.staff.dispatcher,
                "/admin/petitions/from-letter/" + letter.trackingNumber(), Map.of()));
        assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo("/admin/letters/" + letter.trackingNumber());
        String reference = (String) jdbc.sql("SELECT reference FROM petition WHERE letter_tracking_number = ?")
                .param(letter.trackingNumber()).query().singleValue();

        // registered on 28 September 2026, the acceptance decision is due on 13 October, National Day counted
        assertThat(caseOf(reference).deadline()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(caseOf(reference).state()).isEqualTo("DECIDING");
        assertThat(caseOf(reference).calendarDays()).isTrue();
        assertThat(row(reference).get("channel")).isEqualTo("ONLINE");
        assertThat((String) jdbc.sql("SELECT name FROM petitioner WHERE petition_id = ?").param(row(reference).get("id"))
                .query().singleValue()).startsWith("zf1:").doesNotContain("张大伯");

        // the link is kept both ways: the letter names the petition, the petition names the letter
        assertThat(replay.at("2026-09-28T10:05", () -> PetitionDesk.text(mvc.perform(get("/admin/letters/"
                + letter.trackingNumber()).with(as(desk.staff.dispatcher))).andReturn()))).contains("已转为信访件 " + reference);
        String page = replay.at("2026-09-28T10:05", () -> desk.page(desk.officer, reference));
        assertThat(page).contains("网上信访").contains("/admin/letters/" + letter.trackingNumber()).contains("张大伯")
                .contains("2026-10-13").contains("按自然日计算");

        // accepted the next day by the unit's handler: the answer is due 60 calendar days later, on 28 November
        MvcResult accepted = replay.at("2026-09-29T09:00", () -> desk.step(desk.staff.handlerA, reference, "ACCEPT",
                Map.of("text", "您反映的征地补偿问题已受理，将在60日内答复。")));
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/admin/petitions/" + reference);
        assertThat(caseOf(reference).deadline()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(row(reference).get("answer_due").toString()).isEqualTo("2026-11-28");

        // an extension of more than 30 days is refused; 5 days approved by the petition office moves it to 3 December
        MvcResult tooLong = replay.at("2026-11-20T09:00", () -> desk.send(desk.staff.handlerA,
                "/admin/petitions/" + reference + "/extension", Map.of("extensionDays", "31", "extensionReason", "需审计")));
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(PetitionDesk.text(tooLong)).contains("延长天数须为 1 至 30 的整数").contains("需审计");
        replay.at("2026-11-20T09:05", () -> desk.send(desk.staff.handlerA, "/admin/petitions/" + reference
                + "/extension", Map.of("extensionDays", "5", "extensionReason", "需等待审计结论")));
        replay.at("2026-11-20T15:00", () -> desk.send(desk.officer, "/admin/petitions/" + reference
                + "/extension/decision", Map.of("decision", "approve")));
        assertThat(caseOf(reference).deadline()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(row(reference).get("answer_due").toString()).isEqualTo("2026-12-03");

        // a second extension is refused: once only
        MvcResult again = replay.at("2026-11-25T09:00", () -> desk.send(desk.staff.handlerA,
                "/admin/petitions/" + reference + "/extension", Map.of("extensionDays", "3", "extensionReason", "再等")));
        assertThat(PetitionDesk.text(again)).contains("办理期限只能延长一次");

        // answered on 4 December, a day after it was due: it shows as answered late
        replay.at("2026-12-04T10:00", () -> desk.step(desk.staff.handlerA, reference, "ANSWER",
                Map.of("text", "经核查，补偿款已于12月3日发放到户。")));
        assertThat(caseOf(reference).state()).isEqualTo("ANSWERED");
        // repeat detection now names it as a past petition, and as one being handled again once a review is asked
        assertThat(openForRepeats(reference)).isFalse();
        assertThat(replay.at("2026-12-04T11:00", () -> desk.page(desk.officer, reference))).contains("逾期答复");

        // the petitioner asks for a review on 5 December: unit B, the level above, has 30 calendar days
        MvcResult noReviewer = replay.at("2026-12-05T09:00", () -> desk.step(desk.officer, reference,
                "REQUEST_REVIEW", Map.of("text", "对答复不满意")));
        assertThat(PetitionDesk.text(noReviewer)).contains("请选择上一级复查（复核）机关");
        replay.at("2026-12-05T09:05", () -> desk.step(desk.officer, reference, "REQUEST_REVIEW",
                Map.of("text", "补偿标准偏低，请求复查", "reviewUnitId", String.valueOf(desk.staff.unitB()))));
        assertThat(caseOf(reference).state()).isEqualTo("REVIEWING");
        assertThat(openForRepeats(reference)).isTrue();
        assertThat(caseOf(reference).deadline()).isEqualTo(LocalDate.of(2027, 1, 4));

        // unit B's handler gives the review opinion; the office registers the re-examination request
        replay.at("2026-12-06T10:00", () -> desk.step(desk.staff.handlerB, reference, "REVIEW_OPINION",
                Map.of("text", "维持原答复意见。")));
        replay.at("2026-12-07T09:00", () -> desk.step(desk.officer, reference, "REQUEST_REEXAMINATION",
                Map.of("text", "请求复核", "reviewUnitId", String.valueOf(desk.staff.unitB()))));
        assertThat(caseOf(reference).deadline()).isEqualTo(LocalDate.of(2027, 1, 6));
        replay.at("2026-12-07T10:00", () -> desk.step(desk.officer, reference, "REEXAMINATION_OPINION",
                Map.of("text", "复核维持，本事项办结，不再受理。")));
        assertThat(caseOf(reference).state()).isEqualTo("REEXAMINED");

        // the petitioner was told at every step, and each step is in the audit log
        assertThat(jdbc.sql("SELECT kind FROM petition_notice WHERE petition_id = ? ORDER BY id")
                .param(row(reference).get("id")).query(String.class).list())
                .containsExactly("ACCEPTANCE", "ANSWER", "REVIEW_REQUEST", "REVIEW", "REEXAMINATION_REQUEST",
                        "REEXAMINATION");
        // the engine's history, which its own pages show more widely, names the steps but holds none of the words
        assertThat(cases.history(caseOf(reference).id())).noneMatch(e -> e.note().contains("补偿"));
        assertThat(caseOf(reference).subject()).isEqualTo("信访件（其他）");
        assertThat(audit.of("petitions.step", reference)).hasSize(6);
        assertThat(audit.last("interaction.letter.hand-over", letter.trackingNumber())).isPresent();
    }
}
