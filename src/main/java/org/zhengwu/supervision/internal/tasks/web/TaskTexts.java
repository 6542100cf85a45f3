package org.zhengwu.supervision.internal.tasks.web;

import java.util.function.LongFunction;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.tasks.TaskMark;
import org.zhengwu.supervision.internal.tasks.TaskViews;

/** Units by name and a task's 状态 in words, for the pages and the ledger alike. */
@Component
class TaskTexts {

    private final SiteDirectory sites;

    TaskTexts(SiteDirectory sites) {
        this.sites = sites;
    }

    String unitName(long id) {
        return sites.unit(id).map(Unit::name).orElse("#" + id);
    }

    LongFunction<String> unitNames() {
        return this::unitName;
    }

    /** 状态: the state, and for an open task its status and mark (正常推进 · 黄色预警). */
    String status(Ui ui, TaskViews.Row r) {
        String state = ui.t("tasks.state." + r.task().state().name());
        if (r.verdict().mark() == TaskMark.DONE) {
            return state;
        }
        String status = r.task().status() == null ? state : ui.t("tasks.status." + r.task().status().name());
        return status + " · " + ui.t("tasks.mark." + r.verdict().mark().name());
    }
}
