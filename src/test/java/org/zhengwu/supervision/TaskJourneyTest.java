package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.Cases;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.supervision.internal.tasks.SupervisedTask;
import org.zhengwu.supervision.internal.tasks.SupervisedTasks;
import org.zhengwu.supervision.internal.tasks.TaskState;
import org.zhengwu.supervision.internal.tasks.TaskStatus;
import org.zhengwu.supervision.internal.tasks.TaskViews;

/**
 * A task of the 2021 work report from its import to 办结, on H2 and PostgreSQL, with the clock set to each step's
 * day: the lead unit misses its March progress report, is marked yellow and urged (催办: history, console count,
 * e-mail), reports late that the work lags, misses a milestone and turns red on the leader's view, then reports it
 * done; the supervisor confirms and the ledger shows it in the offices' layout.
 */
@ZhengwuTest
class TaskJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    SupervisedTasks tasks;
    @Autowired
    TaskViews views;
    @Autowired
    Cases cases;
    @Autowired
    StaffAdministration staff;
    @Autowired
    GreenMail smtp;
    @Autowired
    DataDirectory data;

    StaffUser supervisor;
    SupervisionDesk.UnitStaff lead;
    SupervisionDesk.UnitStaff partner;

    @BeforeEach
    void setUp() {
        desk.qingming2021();
        supervisor = desk.supervisor();
        lead = desk.unit();
        partner = desk.unit();
    }

    private String page(String at, StaffUser who, String path) {
        return desk.at(at, who, () -> {
            try {
                return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private SupervisedTask task(long id) {
        return desk.at("2021-03-01T09:00", supervisor, () -> views.page(id).task());
    }

    @Test
    void aWorkReportTaskGoesFromImportThroughALateReportAndAnUrgeToCompletion() throws Exception {
        String content = "建成城东污水处理厂二期" + ConsoleFixtures.code("t");
        String address = "lead-" + ConsoleFixtures.code("m").toLowerCase() + "@example.gov.cn";
        CaseStaffCalls.setOwnEmail(staff, lead.handler(), address);
        List<String> numbers = desk.at("2021-03-01T09:00", supervisor, () -> tasks.importPasted(
                new SupervisedTasks.Batch("WORK_REPORT", "2021年市政府工作报告", "MONTHLY", true, null, null, null),
                "序号\t任务内容\t牵头单位\t配合单位\t责任领导\t完成时限\t阶段节点\n"
                        + "1\t" + content + "\t" + lead.unitName() + "\t" + partner.unitName()
                        + "\t王副市长\t2021-06-30\t2021-04-30 完成主体工程；2021-05-31 设备安装调试\n"));
        assertThat(numbers).hasSize(1).allMatch(n -> n.startsWith("DB2021-"));
        long id = desk.at("2021-03-01T09:00", supervisor, () -> views.idOfNumber(numbers.get(0)));
        SupervisedTask t = task(id);
        assertThat(t.cooperating()).containsExactly(partner.unitId());
        // the case runs to the task's deadline, Wednesday 30 June 2021, a working day
        assertThat(cases.find(t.caseId()).orElseThrow().deadline()).isEqualTo(LocalDate.parse("2021-06-30"));

        // March ends on Wednesday 31 March; its progress report is due five working days later: Thursday 1 and
        // Friday 2 April, then the weekend and Monday 5 April (清明节) are skipped, Tuesday 6, Wednesday 7, Thursday 8.
        String onThursday = page("2021-04-08T17:00", lead.handler(), "/admin/supervision/tasks/" + id);
        assertThat(onThursday).contains("本次报送 2021年3月 的进展，应于 2021-04-08 前报送。", "正常");
        // on Friday 9 April the report is one day overdue: yellow, and the supervisor urges
        String onFriday = page("2021-04-09T09:00", supervisor, "/admin/supervision/tasks/" + id);
        assertThat(onFriday).contains("黄色预警", "进展逾期未报", "2021年3月");
        desk.at("2021-04-09T10:00", supervisor, () -> tasks.urge(id, "请于4月12日前报送3月进展"));
        assertThat(cases.history(t.caseId())).extracting(CaseEvent::note).contains("催办：请于4月12日前报送3月进展");
        assertThat(views.unseenUrges(lead.handler())).isEqualTo(1);
        assertThat(page("2021-04-09T10:30", lead.editor(), "/admin")).contains("被催办的督办事项");
        await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() == 1);
        assertThat(to(address).get(0).getSubject()).isEqualTo("【督办催办】" + numbers.get(0) + "“"
                + content.substring(0, Math.min(30, content.length())) + (content.length() > 30 ? "…" : "") + "”");

        // Monday 12 April: the lead unit opens the task (the 催办 is seen) and reports March, late, as lagging
        page("2021-04-12T08:50", lead.handler(), "/admin/supervision/tasks/" + id);
        assertThat(views.unseenUrges(lead.handler())).isZero();
        desk.at("2021-04-12T09:00", lead.handler(),
                () -> tasks.reportProgress(id, "LAGGING", "完成管网铺设60%", "征地拆迁未完成", List.of()));
        String afterReport = page("2021-04-12T09:10", supervisor, "/admin/supervision/tasks/" + id);
        assertThat(afterReport).contains("逾期报送", "征地拆迁未完成", "黄色预警", "报告滞后");

        // Thursday 6 May: the milestone of 30 April was not reported done: red, on the leader's view
        String leaders = page("2021-05-06T09:00", supervisor, "/admin/supervision/overdue");
        assertThat(leaders).contains(numbers.get(0), "红色预警", "有节点已超期");

        // the lead unit reports April: done, both milestones finished; the case closes; the supervisor confirms
        desk.at("2021-05-06T10:00", lead.handler(),
                () -> tasks.reportProgress(id, "DONE", "二期工程已通水运行", null, List.of(1, 2)));
        assertThat(task(id).state()).isEqualTo(TaskState.DONE_REPORTED);
        assertThat(task(id).status()).isEqualTo(TaskStatus.DONE);
        desk.at("2021-05-07T09:00", supervisor, () -> tasks.confirmDone(id));
        assertThat(task(id).state()).isEqualTo(TaskState.COMPLETED);
        assertThat(cases.find(t.caseId()).orElseThrow().closedOnTime()).isTrue();
        assertThat(page("2021-05-07T09:10", supervisor, "/admin/supervision/overdue")).doesNotContain(numbers.get(0));

        // a key task of the work report: its progress is public, in both scripts, without the lagging reason
        Path simplified = data.publicPages().resolve("zdrw/index.html");
        Path traditional = data.publicPages().resolve("zh-hant/zdrw/index.html");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(traditional)
                && Files.readString(traditional).contains("2021年4月：二期工程已通水運行"));
        assertThat(Files.readString(simplified)).contains("政府工作报告重点任务进展", content, lead.unitName(),
                "2021-06-30", "2021年4月：二期工程已通水运行", "已办结").doesNotContain("征地拆迁未完成", "王副市长");
        assertThat(Files.readString(traditional)).contains("政府工作報告重點任務進展", "已辦結");

        byte[] xlsx = desk.at("2021-05-07T09:20", supervisor, () -> {
            try {
                return mvc.perform(get("/admin/supervision/tasks/ledger.xlsx").with(as(supervisor)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("督办事项台账");
            Row header = sheet.getRow(0);
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7)).extracting(i -> header.getCell(i).getStringCellValue())
                    .containsExactly("序号", "任务内容", "牵头单位", "配合单位", "责任领导", "完成时限", "进展情况", "状态");
            Row row = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals(content)) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(row.getRowNum());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(lead.unitName());
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(partner.unitName());
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("王副市长");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("2021-06-30");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("2021年4月：二期工程已通水运行");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("已办结");
        }
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
