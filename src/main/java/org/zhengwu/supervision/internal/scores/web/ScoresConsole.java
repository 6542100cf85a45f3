package org.zhengwu.supervision.internal.scores.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/**
 * 监管: the dashboard of the sites (看板), the monthly unit ranking (考核排名), the 考核细则 (the weights), the units'
 * duties (更新任务) and the monthly bulletins (通报), for the supervisors and the system administrator.
 */
@Component
class ScoresConsole implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        StaffRole[] roles = {StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR};
        return List.of(
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "scores.dashboard.nav", "/admin/supervision/dashboard", 170, roles),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "scores.ranking.nav", "/admin/supervision/ranking", 171, roles),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "scores.weights.nav", "/admin/supervision/weights", 172, roles),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "scores.duties.nav", "/admin/supervision/duties", 173, roles),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "scores.bulletins.nav", "/admin/supervision/bulletins", 174,
                        roles));
    }
}
