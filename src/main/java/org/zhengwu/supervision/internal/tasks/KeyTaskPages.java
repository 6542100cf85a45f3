package org.zhengwu.supervision.internal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.SectionPublishing;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.OnePageSection;

/**
 * The public disclosure of the work report's key tasks (重点任务进展公开): one static page, {@code /zdrw/}, in both
 * scripts, listing every task imported as public with its lead unit, deadline, latest progress and status in words.
 * Written in the full rebuild and again after each change of such a task (import, progress, completion). Staff
 * names, reasons given only to the supervisors and the 催办 are never on it.
 */
@Component
class KeyTaskPages extends OnePageSection {

    static final String FOLDER = "/zdrw/";

    private final TaskStore store;
    private final SiteDirectory sites;
    private final SectionPublishing publishing;
    private final WorkingDays workingDays;
    private final Clock clock;

    KeyTaskPages(TaskStore store, SiteDirectory sites, SectionPublishing publishing, ChineseScript script,
                 WorkingDays workingDays, Clock clock) {
        super(FOLDER, TITLE, script);
        this.store = store;
        this.sites = sites;
        this.publishing = publishing;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    static final String TITLE = "政府工作报告重点任务进展";

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(KeyTasksChanged event) {
        publishing.update(this::renderAll);
    }

    @Override
    protected String html() {
        List<SupervisedTask> tasks = store.publicKeyTasks();
        LocalDate today = LocalDate.now(clock);
        UnaryOperator<String> e = HtmlUtils::htmlEscape;
        StringBuilder b = new StringBuilder("<h1>").append(TITLE).append("</h1>\n");
        if (tasks.isEmpty()) {
            return b.append("<p>暂无公开的重点任务。</p>\n").toString();
        }
        b.append("<p>更新日期：").append(today).append("。状态依据牵头单位按期报送的进展和完成时限。</p>\n")
                .append("<div class=\"wide\"><table>\n<caption>").append(TITLE).append("</caption>\n")
                .append("<thead><tr><th scope=\"col\">序号</th><th scope=\"col\">任务内容</th><th scope=\"col\">牵头单位</th>")
                .append("<th scope=\"col\">完成时限</th><th scope=\"col\">进展情况</th><th scope=\"col\">状态</th></tr></thead>\n<tbody>\n");
        int n = 1;
        for (SupervisedTask t : tasks) {
            List<SupervisedTask.Progress> progress = store.progress(t.id());
            SupervisedTask.Progress latest = progress.isEmpty() ? null : progress.get(progress.size() - 1);
            TaskMark mark = TaskMarks.of(t, progress, workingDays.calendar(), today).mark();
            b.append("<tr><td>").append(n++).append("</td><td>").append(e.apply(t.content())).append("</td><td>")
                    .append(e.apply(sites.unit(t.leadUnitId()).map(Unit::name).orElse(""))).append("</td><td>")
                    .append(t.deadline()).append("</td><td>")
                    .append(latest == null ? "" : e.apply(t.cycle().label(latest.periodStart()) + "：" + latest.progress()))
                    .append("</td><td><strong class=\"tag\">").append(status(t, mark)).append("</strong></td></tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    /** The status in words: 已办结 once confirmed; otherwise 滞后 when reported so or past its deadline, else 正常推进. */
    private static String status(SupervisedTask t, TaskMark mark) {
        if (t.state() == TaskState.COMPLETED) {
            return "已办结";
        }
        if (t.state() == TaskState.DONE_REPORTED) {
            return "已报办结";
        }
        return t.status() == TaskStatus.LAGGING || mark == TaskMark.RED ? "滞后" : "正常推进";
    }
}
