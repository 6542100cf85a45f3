package org.zhengwu.supervision.internal.annualreport.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 监管 › 年度报表: the office for every site, a unit's 信息员 and 单位审核人 for their own unit's site. */
@Component
class AnnualReportConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(ConsoleEntry.of(ConsoleArea.SUPERVISION, "annual.nav", AnnualReportController.BASE, 130,
                StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR, StaffRole.EDITOR, StaffRole.UNIT_REVIEWER));
    }
}
