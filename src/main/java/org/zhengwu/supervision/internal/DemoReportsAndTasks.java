package org.zhengwu.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.ApplicationClock;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.SampleSupervision;
import org.zhengwu.supervision.internal.reporting.ReportDesk;
import org.zhengwu.supervision.internal.reporting.ReportForm;
import org.zhengwu.supervision.internal.reporting.ReportForms;
import org.zhengwu.supervision.internal.reporting.Submission;
import org.zhengwu.supervision.internal.tasks.SupervisedTasks;
import org.zhengwu.supervision.internal.tasks.TaskViews;

/**
 * {@link SampleSupervision} for 清河市: the monthly form 月度重点工作情况 for four units over the last three months (one
 * late, one returned and sent again, one returned and waiting, one not yet sent), and five tasks of this year's work
 * report — one on track, one lagging and urged, one done and confirmed, one past a milestone, one past its deadline and
 * escalated. Every step goes through the real services at the moment it is said to have happened.
 */
@Service
class DemoReportsAndTasks implements SampleSupervision {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ReportForms forms;
    private final ReportDesk desk;
    private final TaskViews views;
    private final SupervisedTasks tasks;
    private final SiteDirectory sites;
    private final WorkingDays workingDays;
    private final UnitScope scope;
    private final ApplicationClock clock;

    DemoReportsAndTasks(ReportForms forms, ReportDesk desk, TaskViews views, SupervisedTasks tasks,
                        SiteDirectory sites, WorkingDays workingDays, UnitScope scope, ApplicationClock clock) {
        this.forms = forms;
        this.desk = desk;
        this.views = views;
        this.tasks = tasks;
        this.sites = sites;
        this.workingDays = workingDays;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public int create() {
        scope.requireRoleOrSystem(); // the system alone
        Optional<Long> fgw = unit("fgw");
        Optional<Long> jyj = unit("jyj");
        Optional<Long> sthjj = unit("sthjj");
        Optional<Long> cgz = unit("cgz");
        Optional<Long> hxjd = unit("hxjd");
        if (fgw.isEmpty() || jyj.isEmpty() || sthjj.isEmpty() || cgz.isEmpty() || hxjd.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.withDayOfMonth(1).minusMonths(3);
        return reports(first, List.of(fgw.get(), jyj.get(), sthjj.get(), cgz.get()))
                + tasks(first.plusMonths(1), today, fgw.get(), jyj.get(), sthjj.get(), cgz.get(), hxjd.get());
    }

    private int reports(LocalDate first, List<Long> units) {
        ReportForm form = at(first, 9, () -> {
            ReportForm f = forms.define("monthly-key-work", "月度重点工作情况", "MONTHLY", "5",
                    "本月完成投资（万元）|金额|必填|0\n新开工项目数|数字|必填|0|100\n本月工作进展|文本|必填\n"
                            + "是否存在困难|选项|必填|||是、否");
            forms.assign(f.id(), units);
            return f;
        });
        int made = 0;
        for (int m = 0; m < 3; m++) {
            LocalDate period = first.plusMonths(m);
            at(period.plusMonths(1), 0, desk::openDuePeriods);
            LocalDate end = period.plusMonths(1).minusDays(1);
            for (int u = 0; u < units.size(); u++) {
                Submission s = desk.reportOf(form.id(), units.get(u), period).orElseThrow();
                // unit 3 (城关镇) sends the first month late; unit 2 (生态环境局) is returned in the second month
                int day = m == 0 && u == 3 ? 7 : 2 + u % 2;
                String invest = String.valueOf(800 + 150 * u + 60 * m) + ".00";
                Map<String, String> values = Map.of("f1", invest, "f2", String.valueOf(1 + (u + m) % 3),
                        "f3", "按计划推进本月重点工作，项目均在有序推进。", "f4", u == 2 ? "是" : "否");
                if (m == 2 && u == 1) {
                    continue; // 教育局 has not sent last month's report yet
                }
                if (!submitted(form, s, end, day, values)) {
                    continue;
                }
                made++;
                if ((m == 1 && u == 2) || (m == 2 && u == 3)) {
                    boolean returned = at(workingDays.addWorkingDays(end, day + 1), 0, () -> {
                        desk.returnReport(s.id(), "本月完成投资与项目台账不一致，请核实后重报");
                        return true;
                    }) != null;
                    if (returned && m == 1) {
                        submitted(form, s, end, day + 2, values);
                    }
                } else if (m < 2) {
                    at(workingDays.addWorkingDays(end, 6), 0, () -> desk.approve(s.id()));
                }
            }
        }
        at(LocalDate.now(clock), 0, desk::openDuePeriods);
        return made;
    }

    private boolean submitted(ReportForm form, Submission s, LocalDate end, int day, Map<String, String> values) {
        return at(workingDays.addWorkingDays(end, day), 0, () -> desk.submit(s.id(), values)) != null;
    }

    private int tasks(LocalDate importedOn, LocalDate today, long fgw, long jyj, long sthjj, long cgz, long hxjd) {
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        String year = String.valueOf(importedOn.getYear());
        String rows = String.join("\n",
                row(1, "新建城东污水处理厂二期，新增日处理能力5万吨", sthjj, fgw, "王建国", today.plusMonths(4).withDayOfMonth(1).minusDays(1),
                        importedOn.plusDays(40) + " 完成主体工程"),
                row(2, "新增公办幼儿园学位1200个", jyj, cgz, "李红", today.plusMonths(6).withDayOfMonth(1).minusDays(1), ""),
                row(3, "完成城关镇老旧小区改造8个", cgz, fgw, "王建国", workingDays.addWorkingDays(today, 8), ""),
                row(4, "引进亿元以上产业项目10个", fgw, jyj, "张伟", today.plusMonths(5).withDayOfMonth(1).minusDays(1), ""),
                row(5, "河西街道智慧社区试点建成投用", hxjd, fgw, "李红", lastMonthEnd, ""));
        List<String> numbers = at(importedOn, 9, () -> tasks.importPasted(new SupervisedTasks.Batch("WORK_REPORT",
                year + "年清河市政府工作报告", "MONTHLY", true, null, null, null), rows));
        if (numbers == null) {
            return 0;
        }
        List<Long> ids = numbers.stream().map(views::idOfNumber).toList();
        LocalDate firstEnd = importedOn.plusMonths(1).minusDays(1);
        at(workingDays.addWorkingDays(firstEnd, 2), 0, () -> tasks.reportProgress(ids.get(0), "ON_TRACK",
                "完成土建招标，主体工程开工。", null, List.of()));
        at(workingDays.addWorkingDays(firstEnd, 2), 0, () -> tasks.reportProgress(ids.get(1), "ON_TRACK",
                "3所新建幼儿园完成选址，2所开工。", null, List.of()));
        at(workingDays.addWorkingDays(lastMonthEnd, 1), 0, () -> tasks.reportProgress(ids.get(1), "ON_TRACK",
                "新增学位680个，完成全年目标的57%。", null, List.of()));
        at(workingDays.addWorkingDays(firstEnd, 3), 0, () -> tasks.reportProgress(ids.get(2), "LAGGING",
                "已完成改造3个。", "2个小区居民意见未统一，施工方案调整中", List.of()));
        at(workingDays.addWorkingDays(firstEnd, 8), 0, () -> tasks.urge(ids.get(2), "请加快推进，按期完成改造任务"));
        at(workingDays.addWorkingDays(firstEnd, 2), 0, () -> tasks.reportProgress(ids.get(3), "DONE",
                "已签约亿元以上项目11个，超额完成。", null, List.of()));
        at(workingDays.addWorkingDays(firstEnd, 4), 0, () -> tasks.confirmDone(ids.get(3)));
        at(workingDays.addWorkingDays(lastMonthEnd, 3), 0,
                () -> tasks.escalate(ids.get(4), "超过完成时限仍未建成，提请分管领导督办"));
        return numbers.size();
    }

    private String row(int n, String content, long lead, long partner, String leader, LocalDate deadline,
                              String milestones) {
        return String.join("\t", String.valueOf(n), content, code(lead), code(partner), leader, deadline.toString(),
                milestones);
    }

    private Optional<Long> unit(String code) {
        return sites.units().stream().filter(u -> u.code().equals(code)).map(Unit::id).findFirst();
    }

    private String code(long unitId) {
        return sites.unit(unitId).map(Unit::code).orElseThrow();
    }

    /** Does the work at 10 o'clock (or {@code hour}) that day, or nothing (null) when that moment is still to come. */
    private <T> T at(LocalDate day, int hour, Supplier<T> work) {
        Instant when = day.atTime(hour == 0 ? 10 : hour, 0).atZone(CHINA).toInstant();
        if (when.isAfter(Instant.now())) {
            return null;
        }
        return clock.asOf(when, work);
    }
}
