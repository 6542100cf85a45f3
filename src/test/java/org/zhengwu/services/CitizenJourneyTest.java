package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseReminder;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.internal.DeadlineCheck;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.Site;

/**
 * The whole journey of issue 14's "done when", on the application clock replayed around the National Day holiday of
 * 2025 (1 to 8 October off; Sunday 28 September and Saturday 11 October worked): a citizen finds the guide on the
 * portal, applies online with attachments, answers a 补正 request through the look-up, gets the decision and rates
 * it; the unit's handler and a joint-review unit act in the console; the deadline, the warnings and the reminders
 * fall on the working days the calendar says, the 补正 pause included.
 */
@ZhengwuTest
class CitizenJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Applications applications;
    @Autowired
    Replay replay;
    @Autowired
    Cases cases;
    @Autowired
    DeadlineCheck deadlineJob;

    @Test
    void aCitizenAppliesAnswersACorrectionGetsTheDecisionAndRatesItWhileTheClockKeepsToTheWorkingDays()
            throws Exception {
        ConsoleFixtures console = applications.console();
        mvc.perform(post("/admin/calendar/import").with(as(console.administrator())).with(csrf()).param("year", "2025")
                .param("text", "2025-09-28 班 国庆节调休\n2025-10-01 休 国庆节\n2025-10-02 休 国庆节\n2025-10-03 休 国庆节\n"
                        + "2025-10-04 休 国庆节\n2025-10-05 休 国庆节\n2025-10-06 休 中秋节\n2025-10-07 休 国庆节\n"
                        + "2025-10-08 休 国庆节\n2025-10-11 班 国庆节调休"))
                .andExpect(content().string(containsString("已导入2025年的安排，共10天")));
        Applications.Desk desk = applications.desk();
        ServiceItem item = desk.item();
        StaffUser handler = desk.handler();
        Site jointSite = console.site();
        StaffUser jointHandler = console.staff(StaffRole.CASE_HANDLER, jointSite.unitId());

        // the portal's 办事服务 leads by unit to the guide, and the guide to the online form
        Fixture.awaitListenersDone(jdbc);
        String guide = "/bsfw/item/" + item.code() + ".html";
        mvc.perform(get("/bsfw/unit/" + desk.site().code())).andExpect(content().string(containsString(guide)));
        mvc.perform(get(guide)).andExpect(content().string(allOf(containsString("href=\"/bsfw/apply/" + item.code()
                + "\""), containsString("在线申请"), containsString("5个工作日"))));

        // Friday 26 September: applied online with two attachments
        Applications.Receipt r = replay.at("2025-09-26T09:30", () -> applications.submit(
                applications.formAt(item, Replay.instant("2025-09-26T09:30"))
                        .file(Applications.pdf("material-2", "结婚证.pdf"))));
        assertThat(files(r)).isEqualTo(2);
        assertThat(deadline(r)).as("5 working days from Friday 26 September are Sunday 28 (worked), Monday 29 and "
                + "Tuesday 30 September, then after the holiday Thursday 9 and Friday 10 October").isEqualTo(day(10, 10));

        // the unit accepts it the same morning and asks for a 补正: the clock stops
        replay.at("2025-09-26T10:00", () -> step(handler, r, "ACCEPT", ""));
        replay.at("2025-09-26T11:00", () -> step(handler, r, "CORRECT", "身份证复印件不清晰，请重新上传正反面"));
        replay.at("2025-09-30T09:00", () -> {
            assertThat(page(applications.lookUp(r), r)).contains("待补正", "身份证复印件不清晰，请重新上传正反面",
                    "暂停计时（补正、中止期间不计入办理时限）");
            return null;
        });

        // Thursday 9 October, after the holiday: the applicant answers through the look-up, the clock runs again
        replay.at("2025-10-09T10:00", () -> {
            MockHttpSession session = applications.lookUp(r);
            return mvc.perform(multipart("/bsfw/query/" + r.number() + "/correction")
                    .file(Applications.pdf("material-1", "身份证正反面.pdf")).param("answer", "已重新扫描正反面")
                    .session(session)).andExpect(status().isSeeOther());
        });
        assertThat(state(r)).isEqualTo("ACCEPTED");
        assertThat(deadline(r)).as("the 补正 stood still from Friday 26 September to Thursday 9 October: Sunday 28, "
                + "Monday 29, Tuesday 30 September and Thursday 9 October are 4 working days (the holiday is not), so "
                + "the deadline moves from Friday 10 October by 4 working days: Saturday 11 (worked), Monday 13, "
                + "Tuesday 14 and Wednesday 15 October").isEqualTo(day(10, 15));

        // review, and a joint review (会签) by another unit, 2 working days
        replay.at("2025-10-09T11:00", () -> step(handler, r, "REVIEW", ""));
        long caseId = jdbc.sql("SELECT case_id FROM application WHERE number = ?").param(r.number())
                .query(Long.class).single();
        replay.at("2025-10-09T14:00", () -> mvc.perform(post("/admin/cases/" + caseId + "/joint/start")
                .with(as(handler)).with(csrf()).param("unit", String.valueOf(jointSite.unitId())).param("days", "2")
                .param("reason", "请会签：新生儿户籍登记地址")).andExpect(redirectedUrl("/admin/cases/" + caseId)));
        assertThat(cases.jointReview(caseId).orElseThrow().branches()).singleElement()
                .satisfies(b -> assertThat(b.deadline()).as("2 working days from Thursday 9 October are Friday 10 and "
                        + "Saturday 11 October, a worked Saturday").isEqualTo(day(10, 11)));
        replay.at("2025-10-10T15:00", () -> mvc.perform(post("/admin/cases/" + caseId + "/joint")
                .with(as(jointHandler)).with(csrf()).param("decision", "agree").param("reason", "地址核实无误"))
                .andExpect(redirectedUrl("/admin/cases/" + caseId)));

        // the warnings: normal on Monday 13, yellow on Tuesday 14 (the last working day before Wednesday 15), red on
        // Thursday 16; the deadline job reminds on the 14th and warns on the 16th
        assertThat(queueTag(handler, "2025-10-13T09:00")).isEqualTo("正常");
        assertThat(queueTag(handler, "2025-10-14T09:00")).isEqualTo("即将到期");
        assertThat(reminders(caseId, "2025-10-14T09:00")).containsExactly(CaseReminder.Kind.DUE_SOON);
        assertThat(queueTag(handler, "2025-10-16T09:00")).isEqualTo("已超期");
        assertThat(reminders(caseId, "2025-10-16T09:00")).contains(CaseReminder.Kind.OVERDUE);

        // the decision and 办结 with the result document; the applicant sees it and rates it
        replay.at("2025-10-16T10:00", () -> step(handler, r, "GRANT", "材料齐全，符合条件"));
        replay.at("2025-10-16T15:00", () -> mvc.perform(multipart("/admin/services/applications/" + r.number()
                        + "/step").file(Applications.pdf("result", "出生医学证明.pdf")).with(as(handler)).with(csrf())
                .param("step", "FINISH")).andExpect(flash().attribute("notice", "已完成：办结。")));
        replay.at("2025-10-17T20:00", () -> {
            MockHttpSession session = applications.lookUp(r);
            assertThat(page(session, r)).contains("办结", "结果文书已出具", "材料齐全，符合条件",
                    "恢复计时：暂停计时4个工作日：申请人已补正");
            mvc.perform(post("/bsfw/query/" + r.number() + "/rating").session(session).param("level", "SATISFIED")
                    .param("reason", "")).andExpect(status().isSeeOther());
            assertThat(page(session, r)).contains("感谢您的评价。", "您的评价：<strong>满意</strong>");
            return null;
        });
        assertThat(state(r)).isEqualTo("DONE");
    }

    private Object step(StaffUser who, Applications.Receipt r, String step, String note) throws Exception {
        return applications.step(who, r, step, note);
    }

    private String page(MockHttpSession session, Applications.Receipt r) throws Exception {
        return applications.progress(r, session);
    }

    /** The deadline tag of the desk's only application in its unit's queue, as the handler sees it at that moment. */
    private String queueTag(StaffUser handler, String at) {
        String html = replay.at(at, () -> mvc.perform(get("/admin/services/applications").with(as(handler)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("没有符合条件的申报"))))
                .andReturn().getResponse().getContentAsString());
        return html.replaceAll("(?s).*<strong class=\"tag tag-[a-z]+\">([^<]+)</strong>.*", "$1");
    }

    private List<CaseReminder.Kind> reminders(long caseId, String at) {
        return deadlineJob.runAt(Clock.fixed(Replay.instant(at), Replay.CHINA)).stream()
                .filter(x -> x.caseId() == caseId).map(CaseReminder::kind).toList();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private String state(Applications.Receipt r) {
        return applications.state(r);
    }

    private LocalDate deadline(Applications.Receipt r) {
        return applications.deadline(r);
    }

    private long files(Applications.Receipt r) {
        return jdbc.sql("SELECT COUNT(*) FROM application_file f JOIN application a ON a.id = f.application_id "
                + "WHERE a.number = ?").param(r.number()).query(Long.class).single();
    }
}
