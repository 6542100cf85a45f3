package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.sites.SiteAdministration;

/**
 * A letter walked through the whole hall, as the people involved see it: written through the public form, assigned by
 * the dispatcher, answered by the unit's handler, returned once and then approved by the unit's leader, looked up and
 * rated by the writer; a dissatisfied rating reopens it once, a second one does not.
 */
@ZhengwuTest
class LetterJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    FieldCipher cipher;
    @Autowired
    Cases cases;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    CaseStaff staff;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
        audit = new AuditRecords(jdbc);
    }

    private Map<String, Object> row(String number) {
        return jdbc.sql("SELECT * FROM letter WHERE tracking_number = ?").param(number).query().singleRow();
    }

    private CaseView caseOf(String number) {
        return cases.findByReference("letter", number).orElseThrow();
    }

    private String page(String number, org.zhengwu.accounts.internal.StaffUser user) throws Exception {
        return mvc.perform(get("/admin/letters/" + number).with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aLetterGoesFromTheFormThroughDispatchAnswerAndReviewToTheWritersRating() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.MAYOR, null, 15);

        mvc.perform(get("/hdjl/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(box.name())))
                .andExpect(content().string(containsString("/hdjl/write/" + box.code())));
        mvc.perform(get("/hdjl/write/" + box.code()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"name\">姓名")))
                .andExpect(content().string(containsString("name=\"_form\"")))
                .andExpect(content().string(containsString("hidden aria-hidden=\"true\"")))
                .andExpect(content().string(containsString("15个工作日内答复")));

        Hall.Receipt receipt = hall.submit(box, "小区路灯不亮", "幸福小区3号楼前的路灯坏了两周。\n请尽快修理。",
                Hall.pdf("照片.pdf"));

        // stored: the writer's data encrypted, the query code only as a keyed hash, the letter with the dispatcher
        Map<String, Object> stored = row(receipt.number());
        assertThat((String) stored.get("writer_name")).startsWith("zf1:").doesNotContain("王小明");
        assertThat(cipher.decrypt((String) stored.get("writer_phone"))).isEqualTo("13912345678");
        assertThat((String) stored.get("query_code_hash")).hasSize(64).doesNotContain(receipt.code());
        assertThat(stored.get("state")).isEqualTo("RECEIVED");
        assertThat(caseOf(receipt.number()).ownerUnitId()).isNull();
        assertThat(audit.last("interaction.letter.submit", receipt.number())).isPresent();

        // the dispatcher sees it in the work list and gives it to unit A with the mailbox's limit
        mvc.perform(get("/admin/letters").with(as(staff.dispatcher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(receipt.number())));
        String dispatcherPage = page(receipt.number(), staff.dispatcher);
        assertThat(dispatcherPage).contains("王小明").contains("13912345678").contains("照片.pdf").contains("分办");
        mvc.perform(post("/admin/letters/" + receipt.number() + "/assign").with(as(staff.dispatcher)).with(csrf())
                        .param("unitId", String.valueOf(staff.unitA())).param("days", "15"))
                .andExpect(redirectedUrl("/admin/letters/" + receipt.number()));
        CaseView assigned = caseOf(receipt.number());
        assertThat(assigned.state()).isEqualTo("ASSIGNED");
        assertThat(assigned.ownerUnitId()).isEqualTo(staff.unitA());
        assertThat(assigned.deadline()).isEqualTo(workingDays.addWorkingDays(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 15));

        // the handler of unit A answers and submits; the leader returns it once with a reason
        mvc.perform(get("/admin/letters").with(as(staff.handlerA)))
                .andExpect(content().string(containsString(receipt.number())));
        mvc.perform(post("/admin/letters/" + receipt.number() + "/answer").with(as(staff.handlerA)).with(csrf())
                        .param("answer", "已安排维修。").param("action", "submit"))
                .andExpect(redirectedUrl("/admin/letters/" + receipt.number()));
        assertThat(caseOf(receipt.number()).state()).isEqualTo("ANSWER_IN_REVIEW");
        assertThat(caseOf(receipt.number()).handlerAccountId()).isEqualTo(staff.handlerA.accountId());
        mvc.perform(get("/admin/letters").with(as(staff.leaderA)))
                .andExpect(content().string(containsString(receipt.number())));
        mvc.perform(post("/admin/letters/" + receipt.number() + "/return").with(as(staff.leaderA)).with(csrf())
                        .param("reason", "请写明维修的时间"))
                .andExpect(redirectedUrl("/admin/letters/" + receipt.number()));
        assertThat(caseOf(receipt.number()).state()).isEqualTo("ASSIGNED");
        assertThat(page(receipt.number(), staff.handlerA)).contains("答复被退回修改，理由：请写明维修的时间")
                .contains("已安排维修。");

        // the writer sees no answer while it is being reviewed
        MockHttpSession writer = hall.lookUp(receipt);
        assertThat(hall.progress(receipt, writer)).contains("办理中").doesNotContain("已安排维修");

        mvc.perform(post("/admin/letters/" + receipt.number() + "/answer").with(as(staff.handlerA)).with(csrf())
                        .param("answer", "已安排维修，将于三个工作日内修好。").param("action", "submit"))
                .andExpect(redirectedUrl("/admin/letters/" + receipt.number()));
        mvc.perform(post("/admin/letters/" + receipt.number() + "/approve").with(as(staff.leaderA)).with(csrf()))
                .andExpect(redirectedUrl("/admin/letters/" + receipt.number()));
        CaseView answered = caseOf(receipt.number());
        assertThat(answered.state()).isEqualTo("ANSWERED");
        assertThat(answered.closedAt()).isNotNull();
        assertThat(audit.last("interaction.letter.answer.approve", receipt.number())).isPresent();

        // the writer looks it up with number and code, sees the answer and the steps, and rates it: not satisfied
        String progress = hall.progress(receipt, writer);
        assertThat(progress).contains("已答复").contains("已安排维修，将于三个工作日内修好。").contains("来信已收到，等待分办")
                .contains("已交" + staff.siteA.name().replace("站点", "单位")).contains("评价答复")
                .contains("仅限一次").doesNotContain("请写明维修的时间").doesNotContain(staff.handlerA.displayName())
                .contains("name=\"_form\"").doesNotContain("_csrf");
        // the session behind the page has expired while the writer typed: the form's signed token is enough
        MockHttpSession afterExpiry = new MockHttpSession();
        mvc.perform(post("/hdjl/query/" + receipt.number() + "/rating").session(afterExpiry)
                        .param("rating", "DISSATISFIED").param("comment", "时间太长")
                        .param(FormGuard.TOKEN_FIELD, hall.ratingToken(receipt.number())))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/hdjl/query/" + receipt.number()));
        writer = afterExpiry;
        CaseView reopened = caseOf(receipt.number());
        assertThat(reopened.state()).isEqualTo("REOPENED");
        assertThat(reopened.ownerUnitId()).isEqualTo(staff.unitA());
        assertThat(reopened.deadline()).isEqualTo(workingDays.addWorkingDays(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 15));
        assertThat(hall.progress(receipt, writer)).contains("您的来信已交由承办单位重新办理").contains("重新办理")
                .contains("您的评价：不满意：时间太长").doesNotContain("评价答复");

        // the unit answers once more; the second dissatisfied rating is recorded and reopens nothing
        mvc.perform(post("/admin/letters/" + receipt.number() + "/answer").with(as(staff.handlerA)).with(csrf())
                .param("answer", "路灯已于今日修好。").param("action", "submit"));
        mvc.perform(post("/admin/letters/" + receipt.number() + "/approve").with(as(staff.leaderA)).with(csrf()));
        assertThat(caseOf(receipt.number()).state()).isEqualTo("ANSWERED");
        assertThat(hall.progress(receipt, writer)).contains("第1次答复").contains("第2次答复").contains("路灯已于今日修好。")
                .contains("评价后不再重新办理");
        mvc.perform(post("/hdjl/query/" + receipt.number() + "/rating").session(writer).with(csrf())
                        .param("rating", "DISSATISFIED"))
                .andExpect(status().isSeeOther());
        assertThat(caseOf(receipt.number()).state()).isEqualTo("ANSWERED");
        assertThat(jdbc.sql("SELECT rating FROM letter_rating l JOIN letter ON letter.id = l.letter_id "
                        + "WHERE tracking_number = ? ORDER BY l.answer_round").param(receipt.number()).query(String.class).list())
                .containsExactly("DISSATISFIED", "DISSATISFIED");
        mvc.perform(post("/hdjl/query/" + receipt.number() + "/rating").session(writer).with(csrf())
                        .param("rating", "SATISFIED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("这次答复已经评价过了")));

        // the history tells the whole story, in order
        assertThat(cases.history(caseOf(receipt.number()).id())).extracting(CaseEvent::toState).containsSubsequence(
                "RECEIVED", "ASSIGNED", "ANSWER_IN_REVIEW", "ASSIGNED", "ANSWER_IN_REVIEW", "ANSWERED", "REOPENED",
                "ANSWER_IN_REVIEW", "ANSWERED");
        assertThat(page(receipt.number(), staff.supervisor)).contains("请写明维修的时间").contains("时间太长");
    }

    @Test
    void theReceiptIsShownOnceAndOnlyAfterTheLetterIsStored() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.SUGGESTION, null, 15);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(hall.letter(box, "建议", "增加公交线路").session(session)).andExpect(status().isSeeOther());
        String receipt = mvc.perform(get("/hdjl/receipt").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(receipt).contains("查询码只显示这一次，请妥善保存");
        String number = receipt.replaceAll("(?s).*(XJ\\d{8}[2-9A-Z]{8}).*", "$1");
        assertThat(row(number).get("subject")).isEqualTo("建议");
        mvc.perform(get("/hdjl/receipt").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回执只显示一次")))
                .andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/hdjl/receipt")).andExpect(content().string(not(containsString("XJ"))));
    }

    @Test
    void theHallSpeaksTraditionalChineseUnderZhHant() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.CONSULTATION, null, 15);
        mvc.perform(get("/zh-hant/hdjl/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"zh-Hant\"")))
                .andExpect(content().string(containsString("互動交流")))
                .andExpect(content().string(containsString("/zh-hant/hdjl/write/" + box.code())));
        mvc.perform(get("/zh-hant/hdjl/write/" + box.code()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/zh-hant/hdjl/write/" + box.code() + "\"")));
        mvc.perform(get("/zh-hant/hdjl/query")).andExpect(status().isOk())
                .andExpect(content().string(containsString("查詢")));
    }
}
