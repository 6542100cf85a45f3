package org.zhengwu.supervision.internal.investment.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 监管 › 招商项目库 and 招商引资看板 for the supervisors and the units' staff, 招商年度目标 for the supervisors. */
@Component
class InvestmentConsole implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        StaffRole[] readers = {StaffRole.SUPERVISOR, StaffRole.EDITOR, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER};
        return List.of(
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "investment.title", "/admin/supervision/investment", 190,
                        readers),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "investment.board.title", "/admin/supervision/investment/board",
                        191, readers),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "investment.targets.title",
                        "/admin/supervision/investment/targets", 192, StaffRole.SUPERVISOR));
    }
}
