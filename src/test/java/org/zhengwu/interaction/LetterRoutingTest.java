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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CaseReminder;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.cases.internal.CalendarAdministration;
import org.zhengwu.cases.internal.DeadlineCheck;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/**
 * Letters between units: the mailbox's routing rule, transfer and "not ours" with their reasons in the history,
 * another unit's staff refused, and the deadline on the working-day calendar, make-up Saturday included.
 */
@ZhengwuTest
class LetterRoutingTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    Cases cases;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    DeadlineCheck deadlines;
    @Autowired
    CalendarAdministration calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    ConsoleFixtures fixtures;
    CaseStaff staff;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staffAdministration);
        staff = new CaseStaff(fixtures);
        audit = new AuditRecords(jdbc);
    }

    private CaseView caseOf(String number) {
        return cases.findByReference("letter", number).orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    @Test
    void aMailboxWithAUnitSendsItsLettersStraightThere() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.HOTLINE_12345, staff.unitA(), 5);
        Hall.Receipt r = hall.submit(box, "噪音扰民", "夜间施工噪音很大。");
        CaseView c = caseOf(r.number());
        assertThat(c.state()).isEqualTo("ASSIGNED");
        assertThat(c.ownerUnitId()).isEqualTo(staff.unitA());
        assertThat(c.deadline()).isEqualTo(workingDays.addWorkingDays(today(), 5));
        mvc.perform(get("/admin/letters").with(as(staff.dispatcher)))
                .andExpect(content().string(not(containsString(r.number()))));
        mvc.perform(get("/admin/letters").with(as(staff.handlerA)))
                .andExpect(content().string(containsString(r.number())));
    }

    @Test
    void aTransferAndANotOursAreKeptWithTheirReasonsAndTheWriterSeesOnlyWhereItWent() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.COMPLAINT, staff.unitA(), 15);
        Hall.Receipt r = hall.submit(box, "占道经营", "菜市场门口占道经营。");
        String letter = "/admin/letters/" + r.number();
        mvc.perform(post(letter + "/answer").with(as(staff.handlerA)).with(csrf()).param("answer", "草稿：正在核实"))
                .andExpect(redirectedUrl(letter));
        LocalDate deadline = caseOf(r.number()).deadline();

        mvc.perform(post(letter + "/transfer").with(as(staff.handlerA)).with(csrf())
                        .param("unitId", String.valueOf(staff.unitB())).param("reason", "占道经营由城管部门负责"))
                .andExpect(redirectedUrl("/admin/letters"));
        CaseView transferred = caseOf(r.number());
        assertThat(transferred.ownerUnitId()).isEqualTo(staff.unitB());
        assertThat(transferred.deadline()).isEqualTo(deadline);
        mvc.perform(get(letter).with(as(staff.handlerA))).andExpect(status().isForbidden());
        String atB = mvc.perform(get(letter).with(as(staff.handlerB))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(atB).contains("占道经营由城管部门负责").doesNotContain("草稿：正在核实");

        mvc.perform(post(letter + "/not-ours").with(as(staff.handlerB)).with(csrf()).param("reason", "该路段不在本辖区"))
                .andExpect(redirectedUrl("/admin/letters"));
        CaseView returned = caseOf(r.number());
        assertThat(returned.state()).isEqualTo("RECEIVED");
        assertThat(returned.ownerUnitId()).isNull();
        assertThat(cases.history(returned.id())).filteredOn(e -> e.action() == CaseEvent.Action.TRANSFERRED
                || e.action() == CaseEvent.Action.RETURNED).extracting(CaseEvent::note)
                .containsExactly("占道经营由城管部门负责", "该路段不在本辖区");
        mvc.perform(get("/admin/letters").with(as(staff.dispatcher)))
                .andExpect(content().string(containsString(r.number())));

        MockHttpSession writer = hall.lookUp(r);
        assertThat(hall.progress(r, writer)).contains("已转交").contains("已退回重新分办").contains("待分办")
                .doesNotContain("该路段不在本辖区").doesNotContain("城管部门负责");

        mvc.perform(post(letter + "/assign").with(as(staff.dispatcher)).with(csrf())
                        .param("unitId", String.valueOf(staff.unitA())).param("days", "10"))
                .andExpect(redirectedUrl(letter));
        assertThat(caseOf(r.number()).deadline()).isEqualTo(workingDays.addWorkingDays(today(), 10));
    }

    @Test
    void anotherUnitsStaffAndTheWrongRolesAreRefusedAuditedAndChangeNothing() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.CONSULTATION, staff.unitA(), 15);
        Hall.Receipt r = hall.submit(box, "办证咨询", "居住证怎么办理？");
        String letter = "/admin/letters/" + r.number();
        StaffUser leaderB = fixtures.staff(StaffRole.UNIT_REVIEWER, staff.unitB());
        StaffUser editorA = fixtures.editorOf(staff.siteA);
        long before = audit.lastSeq();

        mvc.perform(get(letter).with(as(staff.handlerB))).andExpect(status().isForbidden());
        mvc.perform(get(letter + "/attachments/1").with(as(staff.handlerB))).andExpect(status().isForbidden());
        mvc.perform(post(letter + "/answer").with(as(staff.handlerB)).with(csrf())
                .param("answer", "越权答复").param("action", "submit")).andExpect(status().isForbidden());
        mvc.perform(post(letter + "/transfer").with(as(leaderB)).with(csrf())
                .param("unitId", String.valueOf(staff.unitB())).param("reason", "抢过来")).andExpect(status().isForbidden());
        mvc.perform(post(letter + "/not-ours").with(as(staff.handlerB)).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(letter + "/assign").with(as(staff.handlerA)).with(csrf())
                .param("unitId", String.valueOf(staff.unitB())).param("days", "5")).andExpect(status().isForbidden());
        mvc.perform(post(letter + "/approve").with(as(staff.handlerA)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(letter + "/answer").with(as(staff.dispatcher)).with(csrf())
                .param("answer", "分办员不答复").param("action", "save")).andExpect(status().isForbidden());
        mvc.perform(get(letter).with(as(editorA))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/letters").with(as(editorA))).andExpect(status().isForbidden());

        CaseView c = caseOf(r.number());
        assertThat(c.state()).isEqualTo("ASSIGNED");
        assertThat(c.ownerUnitId()).isEqualTo(staff.unitA());
        assertThat(jdbc.sql("SELECT answer FROM letter WHERE tracking_number = ?").param(r.number())
                .query(String.class).optional()).isEmpty();
        assertThat(audit.since(before)).filteredOn(a -> "REFUSED".equals(a.outcome())
                && a.action().startsWith("interaction.letter.")).hasSizeGreaterThanOrEqualTo(7);

        // a step the state does not allow is refused with its reason, on the page, and changes nothing
        mvc.perform(post(letter + "/assign").with(as(staff.dispatcher)).with(csrf())
                        .param("unitId", String.valueOf(staff.unitB())).param("days", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这封来信已经分办过了")));
        mvc.perform(post(letter + "/approve").with(as(staff.leaderA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这封来信没有待审核的答复")));
        mvc.perform(post(letter + "/answer").with(as(staff.handlerA)).with(csrf()).param("answer", " ")
                        .param("action", "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写答复内容")));
        assertThat(caseOf(r.number()).state()).isEqualTo("ASSIGNED");
    }

    @Test
    void theDispatcherRefusesALetterWithAReasonTheWriterReads() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.MAYOR, null, 15);
        Hall.Receipt r = hall.submit(box, "广告", "低价出售发票，联系电话……");
        String letter = "/admin/letters/" + r.number();
        mvc.perform(post(letter + "/refuse").with(as(staff.dispatcher)).with(csrf()).param("kind", "SPAM").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写不予受理的理由")));
        mvc.perform(post(letter + "/refuse").with(as(staff.dispatcher)).with(csrf())
                        .param("kind", "SPAM").param("reason", "来信为广告信息"))
                .andExpect(redirectedUrl(letter));
        CaseView c = caseOf(r.number());
        assertThat(c.state()).isEqualTo("REFUSED");
        assertThat(c.closedAt()).isNotNull();
        assertThat(audit.last("interaction.letter.refuse", r.number())).isPresent();
        MockHttpSession writer = hall.lookUp(r);
        assertThat(hall.progress(r, writer)).contains("不予受理").contains("垃圾信息：来信为广告信息")
                .doesNotContain("评价答复");
        mvc.perform(post("/hdjl/query/" + r.number() + "/rating").session(writer).with(csrf()).param("rating", "SATISFIED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("这封来信还没有答复，暂时不能评价")));
    }

    @Test
    void aSupervisorDecidesTheUnitsRequestForMoreTime() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.COMPLAINT, staff.unitA(), 5);
        Hall.Receipt r = hall.submit(box, "道路积水", "雨后人民路积水严重。");
        String letter = "/admin/letters/" + r.number();
        LocalDate deadline = caseOf(r.number()).deadline();
        mvc.perform(post(letter + "/extension").with(as(staff.handlerA)).with(csrf()).param("days", "99").param("reason", "x"))
                .andExpect(content().string(containsString("延长的天数须为1至30个工作日")));
        mvc.perform(post(letter + "/extension").with(as(staff.handlerA)).with(csrf())
                        .param("days", "3").param("reason", "需要勘察排水管网"))
                .andExpect(redirectedUrl(letter));
        assertThat(caseOf(r.number()).extensionRequested()).isEqualTo(3);
        mvc.perform(post(letter + "/extension/decision").with(as(staff.leaderA)).with(csrf())
                .param("decision", "approve").param("reason", "同意")).andExpect(status().isForbidden());
        mvc.perform(get(letter).with(as(staff.supervisor)))
                .andExpect(content().string(containsString("审批延期申请（申请延长3个工作日）")));
        mvc.perform(post(letter + "/extension/decision").with(as(staff.supervisor)).with(csrf())
                        .param("decision", "approve").param("reason", "情况属实"))
                .andExpect(redirectedUrl(letter));
        CaseView extended = caseOf(r.number());
        assertThat(extended.extensionRequested()).isNull();
        assertThat(extended.deadline()).isEqualTo(workingDays.addWorkingDays(deadline, 3));
        assertThat(hall.progress(r, hall.lookUp(r))).contains("办理期限经批准延长至" + extended.deadline());
    }

    @Test
    void theDeadlineCountsAMakeUpSaturdayAndTheLetterIsOverdueTheDayAfterIt() throws Exception {
        LocalDate saturday = today().plusDays(1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        LocalDate makeUp = saturday;
        StaffUser administrator = fixtures.administrator();
        boolean added = calendar.year(makeUp.getYear()).stream().noneMatch(d -> d.date().equals(makeUp));
        if (added) {
            CaseStaff.as(administrator, () -> calendar.add(makeUp.toString(), "MAKEUP_WORKDAY", "测试调休"));
        }
        try {
            Mailbox box = hall.mailbox(MailboxKind.COMPLAINT, staff.unitA(), 10);
            Hall.Receipt r = hall.submit(box, "供暖不热", "家中温度只有十四度。");
            LocalDate deadline = caseOf(r.number()).deadline();

            // counted by hand: Monday to Friday and the make-up Saturday, the day of submission not counted
            LocalDate expected = today();
            for (int n = 0; n < 10; ) {
                expected = expected.plusDays(1);
                boolean weekday = expected.getDayOfWeek().getValue() <= 5;
                if ((weekday && workingDays.isWorkingDay(expected)) || expected.equals(makeUp)) {
                    n++;
                }
            }
            assertThat(deadline).isEqualTo(expected);
            assertThat(workingDays.isWorkingDay(makeUp)).isTrue();
            assertThat(deadline).isBefore(weekdaysOnly(today(), 10));

            assertThat(runOn(deadline, caseOf(r.number()).id())).doesNotContain(CaseReminder.Kind.OVERDUE);
            assertThat(caseOf(r.number()).overdueOn(deadline)).isFalse();
            LocalDate dayAfter = deadline.plusDays(1);
            assertThat(runOn(dayAfter, caseOf(r.number()).id())).contains(CaseReminder.Kind.OVERDUE);
            assertThat(caseOf(r.number()).overdueOn(dayAfter)).isTrue();
            mvc.perform(get("/admin/letters/" + r.number()).with(as(staff.handlerA)))
                    .andExpect(content().string(containsString("超期")));
        } finally {
            if (added) {
                CaseStaff.as(administrator, () -> calendar.remove(makeUp));
            }
        }
    }

    private List<CaseReminder.Kind> runOn(LocalDate day, long caseId) {
        return deadlines.runAt(Clock.fixed(day.atTime(9, 0).atZone(CHINA).toInstant(), CHINA)).stream()
                .filter(x -> x.caseId() == caseId).map(CaseReminder::kind).toList();
    }

    /** The same count with weekends only, ignoring the make-up day. */
    private LocalDate weekdaysOnly(LocalDate from, int days) {
        LocalDate d = from;
        for (int n = 0; n < days; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5 && workingDays.isWorkingDay(d)) {
                n++;
            }
        }
        return d;
    }
}
