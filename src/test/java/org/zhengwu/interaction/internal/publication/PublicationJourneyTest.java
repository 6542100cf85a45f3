package org.zhengwu.interaction.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.PublishedLetter;
import org.zhengwu.interaction.PublishedLetterFilter;
import org.zhengwu.interaction.PublishedLetters;
import org.zhengwu.interaction.internal.Answering;
import org.zhengwu.interaction.internal.CitizenDesk;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/**
 * A public letter answered, its redaction proposed to the unit's leader, edited and confirmed: the portal shows only
 * the confirmed, redacted texts. A private letter never shows; 不公开 keeps one off; nobody else decides.
 */
@ZhengwuTest
class PublicationJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    Letters letters;
    @Autowired
    Answering answering;
    @Autowired
    CitizenDesk citizens;
    @Autowired
    PublishedLetters published;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    CaseStaff staff;
    ConsoleFixtures fixtures;
    PublicationFixtures write;
    AuditRecords audit;
    Mailbox box;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staffAdministration);
        staff = new CaseStaff(fixtures);
        write = new PublicationFixtures(letters, answering);
        audit = new AuditRecords(jdbc);
        box = hall.mailbox(MailboxKind.MAYOR, staff.unitA(), 15);
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(status);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder publish(String number, StaffUser user, String subject, String body,
                                                  String answer) {
        return post("/admin/letters/" + number + "/publication/publish").with(as(user)).with(csrf())
                .param("subject", subject).param("body", body).param("answer", answer);
    }

    private long decisions(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM letter_publication p JOIN letter l ON l.id = p.letter_id "
                + "WHERE l.tracking_number = ?").param(number).query(Long.class).single();
    }

    private static void assertNoPersonalData(String html) {
        assertThat(html).doesNotContain(PublicationFixtures.WRITER).doesNotContain("秀英")
                .doesNotContain(PublicationFixtures.PHONE).doesNotContain("13812345678")
                .doesNotContain(PublicationFixtures.EMAIL).doesNotContain("东风路128号").doesNotContain("501室")
                .doesNotContain("张大山").doesNotContain("87654321");
    }

    @Test
    void aPublicLetterIsRedactedEditedAndConfirmedByTheLeaderAndThePortalShowsOnlyTheRedactedText() throws Exception {
        String number = write.write(box, true);
        write.answer(number, PublicationFixtures.ANSWER);

        // nothing on the portal before the leader decides
        assertThat(published.byTrackingNumber(number)).isEmpty();
        html(get("/hdjl/letters/" + number), 404);

        // the leader finds it waiting, and the letter's page leads to the publication step
        assertThat(html(get("/admin/letters/publication").with(as(staff.leaderA)), 200)).contains(number);
        assertThat(html(get("/admin/letters/" + number).with(as(staff.leaderA)), 200))
                .contains("/admin/letters/" + number + "/publication");
        assertThat(html(get("/admin/letters/" + number).with(as(staff.handlerA)), 200))
                .doesNotContain("/admin/letters/" + number + "/publication");

        // the proposal: the original beside the redacted texts, every mask highlighted and named for screen readers
        String proposal = html(get("/admin/letters/" + number + "/publication").with(as(staff.leaderA)), 200);
        assertThat(proposal).contains("王秀英反映幸福小区路灯不亮")
                .contains("<mark><span class=\"visually-hidden\">已隐去姓名：</span>王**</mark>")
                .contains("<mark><span class=\"visually-hidden\">已隐去手机号码：</span>138****5678</mark>")
                .contains("<mark><span class=\"visually-hidden\">已隐去详细地址：</span>**路**号</mark>")
                .contains("王**女士：您好！").contains("国办发〔2017〕47号").contains("0531-****4321")
                .contains("<label for=\"pub-body\">").contains("确认公开").contains("决定不公开");

        // the leader edits; a text that still carries the writer's phone is refused and nothing is stored
        String subject = "王**反映小区路灯不亮";
        String body = "尊敬的领导：我叫王**，家住清河市**路**号**小区**栋**单元**室。我们小区楼下的路灯坏了三个月，多次反映无果。";
        String answer = "王**女士：您好！经市城管局核实，根据国办发〔2017〕47号文件，我局已于2025年3月5日完成更换，现已恢复照明。";
        assertThat(html(publish(number, staff.leaderA, subject, body + "电话13812345678", answer), 200))
                .contains("公开文本中仍有来信人的姓名、电话或电子邮箱").contains("电话13812345678");
        assertThat(decisions(number)).isZero();
        assertThat(html(publish(number, staff.leaderA, subject, "<script>alert(1)</script>", answer), 200))
                .contains("来信内容中不能含有网页标记或脚本");
        assertThat(decisions(number)).isZero();

        MvcResult done = mvc.perform(publish(number, staff.leaderA, subject, body, answer)).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/admin/letters/" + number + "/publication");
        assertThat(audit.last("interaction.letter.publish", number)).get()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo("DONE"));
        assertThat(html(get("/admin/letters/publication").with(as(staff.leaderA)), 200)).doesNotContain(number);

        // the portal: the list (both scripts) and the letter page carry the confirmed texts and nothing personal
        String list = html(get("/hdjl/letters").param("mailbox", box.code()), 200);
        assertThat(list).contains(subject).contains("/hdjl/letters/" + number).contains(staff.siteA.name().replace("站点", "单位"));
        assertNoPersonalData(list);
        String hant = html(get("/zh-hant/hdjl/letters").param("mailbox", box.code()), 200);
        assertThat(hant).contains("/zh-hant/hdjl/letters/" + number).contains("信件公開");
        assertNoPersonalData(hant);
        String page = html(get("/hdjl/letters/" + number), 200);
        assertThat(page).contains(subject).contains("家住清河市**路**号**小区**栋**单元**室").contains("现已恢复照明")
                .contains("国办发〔2017〕47号").contains("<th scope=\"row\">");
        assertNoPersonalData(page);
        assertNoPersonalData(html(get("/zh-hant/hdjl/letters/" + number), 200));

        // the public API reads the same confirmed texts
        PublishedLetter api = published.byTrackingNumber(number.toLowerCase()).orElseThrow();
        assertThat(api.subject()).isEqualTo(subject);
        assertThat(api.text()).isEqualTo(body);
        assertThat(api.answer()).isEqualTo(answer);
        assertThat(api.unitId()).isEqualTo(staff.unitA());
        assertThat(published.list(new PublishedLetterFilter(box.code(), null, null, null, 0, 10)).letters())
                .extracting(PublishedLetter::trackingNumber).containsExactly(number);
        assertThat(published.list(new PublishedLetterFilter(box.code(), staff.unitB(), null, null, 0, 10)).total())
                .isZero();

        // the writer is not satisfied: the letter is reopened and leaves the portal until its new answer is decided
        citizens.rate(number, "DISSATISFIED", null);
        html(get("/hdjl/letters/" + number), 404);
        write.answer(number, "王秀英女士：路灯已全部修好。");
        assertThat(published.byTrackingNumber(number)).isEmpty();
        assertThat(html(get("/admin/letters/publication").with(as(staff.leaderA)), 200)).contains(number).contains("（新答复）");
    }

    @Test
    void aPrivateLetterIsNeverListedAndCannotBePublished() throws Exception {
        String number = write.write(box, false);
        write.answer(number, PublicationFixtures.ANSWER);

        assertThat(html(get("/admin/letters/publication").with(as(staff.leaderA)), 200)).doesNotContain(number);
        MvcResult r = mvc.perform(get("/admin/letters/" + number + "/publication").with(as(staff.leaderA))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/letters/" + number);
        assertThat(r.getFlashMap().get("error")).isEqualTo("来信人未同意公开，此信不能公开");
        r = mvc.perform(publish(number, staff.leaderA, "标题", "内容", "答复")).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/letters/" + number);
        assertThat(decisions(number)).isZero();
        assertThat(html(get("/hdjl/letters").param("mailbox", box.code()), 200)).doesNotContain(number)
                .contains("共 0 件");
        html(get("/hdjl/letters/" + number), 404);
    }

    @Test
    void aLetterNotYetAnsweredCannotBeDecidedOn() throws Exception {
        String number = write.write(box, true);
        MvcResult r = mvc.perform(get("/admin/letters/" + number + "/publication").with(as(staff.leaderA))).andReturn();
        assertThat(r.getFlashMap().get("error")).isEqualTo("答复发送后才能决定是否公开");
        assertThat(decisions(number)).isZero();
    }

    @Test
    void notPublishingNeedsAReasonAndKeepsTheLetterOffThePortal() throws Exception {
        String number = write.write(box, true);
        write.answer(number, PublicationFixtures.ANSWER);

        assertThat(html(post("/admin/letters/" + number + "/publication/withhold").with(as(staff.leaderA)).with(csrf())
                .param("reason", " "), 200)).contains("决定不公开时请填写理由").contains("id=\"withhold-error\"");
        assertThat(decisions(number)).isZero();

        mvc.perform(post("/admin/letters/" + number + "/publication/withhold").with(as(staff.leaderA)).with(csrf())
                .param("reason", "涉及第三方隐私"));
        assertThat(jdbc.sql("SELECT p.decision, p.reason, p.body FROM letter_publication p JOIN letter l ON l.id = p.letter_id "
                + "WHERE l.tracking_number = ?").param(number).query().singleRow())
                .containsEntry("decision", "WITHHELD").containsEntry("reason", "涉及第三方隐私").containsEntry("body", null);
        assertThat(audit.last("interaction.letter.withhold", number)).isPresent();
        assertThat(html(get("/admin/letters/" + number + "/publication").with(as(staff.leaderA)), 200))
                .contains("已决定不公开").contains("涉及第三方隐私");
        assertThat(published.byTrackingNumber(number)).isEmpty();
        assertThat(html(get("/hdjl/letters").param("mailbox", box.code()), 200)).doesNotContain(number);
        html(get("/hdjl/letters/" + number), 404);
    }

    @Test
    void anEditorAHandlerAndAnotherUnitsLeaderCannotDecideAndTheRefusalsAreAudited() throws Exception {
        String number = write.write(box, true);
        write.answer(number, PublicationFixtures.ANSWER);
        StaffUser editor = fixtures.editorOf(staff.siteA);
        StaffUser leaderB = fixtures.staff(StaffRole.UNIT_REVIEWER, staff.unitB());

        for (StaffUser who : List.of(editor, staff.handlerA, leaderB)) {
            long before = audit.lastSeq();
            html(publish(number, who, "标题", "内容", "答复"), 403);
            html(post("/admin/letters/" + number + "/publication/withhold").with(as(who)).with(csrf())
                    .param("reason", "不公开"), 403);
            assertThat(audit.since(before)).filteredOn(a -> "REFUSED".equals(a.outcome())).hasSizeGreaterThanOrEqualTo(2);
        }
        // the editor is turned away by the address rules, the handler and the other leader by the service
        assertThat(audit.of("interaction.letter.publish", number))
                .filteredOn(a -> "REFUSED".equals(a.outcome())).hasSize(4);
        assertThat(decisions(number)).isZero();
        assertThat(published.byTrackingNumber(number)).isEmpty();
        html(get("/admin/letters/" + number + "/publication").with(as(leaderB)), 403);
    }
}
