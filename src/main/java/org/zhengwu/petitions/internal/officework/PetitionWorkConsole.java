package org.zhengwu.petitions.internal.officework;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/**
 * 信访 › 排查化解 (order 50) and 值班表 (60): the petition office opens rounds and declares sensitive periods, the units'
 * case staff answer for their unit; supervisors read the rounds (the rosters' phones are the office's and the unit's).
 */
@Component
class PetitionWorkConsole implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        StaffRole[] roles = {StaffRole.PETITION_OFFICER, StaffRole.SUPERVISOR, StaffRole.CASE_HANDLER,
                StaffRole.UNIT_REVIEWER};
        return List.of(
                ConsoleEntry.of(ConsoleArea.PETITIONS, "petition.screening.title", "/admin/petitions/screening", 50,
                        roles),
                ConsoleEntry.of(ConsoleArea.PETITIONS, "petition.duty.title", "/admin/petitions/duty", 60,
                        StaffRole.PETITION_OFFICER, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER));
    }
}
