package org.zhengwu.supervision.internal.stations.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/**
 * 监管 › 电商服务站点 for the managers and the units' staff (their own stations), 站点月报 and 市场信息 for the
 * supervisors and the units' staff, 电商服务中心看板 for the supervisors, 站点服务与清单 for the managers (orders 200–204).
 */
@Component
class StationsConsole implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        String base = StationsController.BASE;
        StaffRole[] unitStaff = {StaffRole.SUPERVISOR, StaffRole.EDITOR, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER};
        return List.of(
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "stations.title", base, 200, StaffRole.SUPERVISOR,
                        StaffRole.ADMINISTRATOR, StaffRole.EDITOR, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "stations.reports.title", base + "/reports", 201, unitStaff),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "stations.market.title", base + "/market", 202, unitStaff),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "stations.board.title", base + "/board", 203,
                        StaffRole.SUPERVISOR),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "stations.settings.title", base + "/settings", 204,
                        StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR));
    }
}
