package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.security.StaffRole;

/**
 * 中止 as the applicant sees it: the unit suspends an application under review with a reason, which stops its clock
 * through the case engine's pause; the look-up shows 中止 and the reason; 恢复 starts the clock again and the history
 * shows the working days it stood still, the deadline later by as many. Replayed in June 2025 (no holidays then in
 * the test calendar), the clock moved, not waited for.
 */
@ZhengwuTest
class ApplicationSuspensionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Applications applications;
    @Autowired
    Replay replay;

    ServiceItem item;
    StaffUser handler;

    @BeforeEach
    void setUp() {
        Applications.Desk desk = applications.desk();
        item = desk.item();
        handler = desk.handler();
    }

    @Test
    void aSuspensionStopsTheClockTheApplicantSeesWhyAndResumingMovesTheDeadlineByThePausedWorkingDays() {
        // submitted on Monday 2 June 2025, promised in 5 working days: due Monday 9 June
        Applications.Receipt r = replay.at("2025-06-02T10:00",
                () -> applications.submit(applications.formAt(item, Replay.instant("2025-06-02T10:00"))));
        replay.at("2025-06-02T11:00", () -> step(r, "ACCEPT", ""));
        replay.at("2025-06-02T14:00", () -> step(r, "REVIEW", ""));
        assertThat(deadline(r)).as("5 working days after Monday 2 June is Monday 9 June")
                .isEqualTo(LocalDate.of(2025, 6, 9));

        replay.at("2025-06-03T09:00", () -> act(r, "SUSPEND", "")
                .andExpect(flash().attribute("error", "中止办理必须写明理由。")));
        assertThat(state(r)).isEqualTo("REVIEW");
        replay.at("2025-06-03T09:30", () -> act(r, "SUSPEND", "等待司法鉴定结论")
                .andExpect(flash().attribute("notice", "已完成：中止办理。")));
        assertThat(state(r)).isEqualTo("SUSPENDED");

        replay.at("2025-06-05T10:00", () -> {
            assertThat(applications.progress(r, applications.lookUp(r))).contains("中止办理", "等待司法鉴定结论",
                    "暂停计时（补正、中止期间不计入办理时限）").doesNotContain("2025-06-09");
            return act(r, "GRANT", "同意").andExpect(flash().attribute("error", containsString("不能执行这一步")));
        });
        assertThat(state(r)).as("nothing but 恢复 while suspended").isEqualTo("SUSPENDED");
        // three days past the old deadline the queue shows it neither red nor yellow: its clock stands still
        replay.at("2025-06-12T09:00", () -> mvc.perform(get("/admin/services/applications").with(as(handler)))
                .andExpect(content().string(allOf(containsString(r.number()), containsString("中止"),
                        not(containsString("已超期")), not(containsString("即将到期"))))));

        // resumed on Tuesday 10 June: 4, 5, 6, 9 and 10 June stood still, so the deadline is 5 working days later
        replay.at("2025-06-10T10:00", () -> act(r, "RESUME", "司法鉴定结论已送达")
                .andExpect(flash().attribute("notice", "已完成：恢复办理。")));
        assertThat(state(r)).as("恢复 returns to where it was").isEqualTo("REVIEW");
        assertThat(deadline(r)).as("Monday 9 June plus the 5 paused working days is Monday 16 June")
                .isEqualTo(LocalDate.of(2025, 6, 16));
        replay.at("2025-06-10T11:00", () -> {
            assertThat(applications.progress(r, applications.lookUp(r))).contains("中止：等待司法鉴定结论",
                    "恢复计时：暂停计时5个工作日：司法鉴定结论已送达", "2025-06-16").doesNotContain("中止办理");
            return null;
        });
    }

    @Test
    void onlyTheUnitsHandlersSuspendAndOnlyWhatIsAcceptedOrUnderReview() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        act(r, "SUSPEND", "等待鉴定").andExpect(flash().attribute("error", containsString("不能执行这一步")));
        assertThat(state(r)).as("a submitted application is accepted or refused first").isEqualTo("SUBMITTED");
        step(r, "ACCEPT", "");
        StaffUser stranger = applications.console().staff(StaffRole.CASE_HANDLER, applications.console().site().unitId());
        mvc.perform(multipart("/admin/services/applications/" + r.number() + "/step").with(as(stranger)).with(csrf())
                .param("step", "SUSPEND").param("note", "越权中止")).andExpect(status().isForbidden());
        assertThat(state(r)).isEqualTo("ACCEPTED");
        step(r, "SUSPEND", "申请人涉及诉讼，等待法院裁判");
        mvc.perform(get("/admin/services/applications/" + r.number()).with(as(handler)))
                .andExpect(content().string(allOf(containsString("恢复办理"), not(containsString("开始审查")))));
        step(r, "RESUME", "");
        assertThat(state(r)).isEqualTo("ACCEPTED");
    }

    private ResultActions act(Applications.Receipt r, String step, String note) throws Exception {
        return applications.act(handler, r, step, note);
    }

    private ResultActions step(Applications.Receipt r, String step, String note) throws Exception {
        return applications.step(handler, r, step, note);
    }

    private String state(Applications.Receipt r) {
        return applications.state(r);
    }

    private LocalDate deadline(Applications.Receipt r) {
        return applications.deadline(r);
    }
}
