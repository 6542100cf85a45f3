package org.zhengwu.petitions.internal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.petitions.internal.PetitionAccess;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/**
 * 信访: registration for the petition office; the petitions for the office, the supervisors and the units' case roles
 * (each sees those their unit handles, reviews or answers for as a key case); the key-case ledger and the figures for
 * the office and the supervisors.
 */
@Component
class PetitionsConsole implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.of(ConsoleArea.PETITIONS, "petitions.nav.register", PetitionsController.BASE + "/new", 10,
                        StaffRole.PETITION_OFFICER),
                ConsoleEntry.forRoles(ConsoleArea.PETITIONS, "petitions.nav.list", PetitionsController.BASE, 20,
                        PetitionAccess.ROLES),
                ConsoleEntry.of(ConsoleArea.PETITIONS, "petitions.nav.key-cases", KeyCasesController.PATH, 30,
                        StaffRole.PETITION_OFFICER, StaffRole.SUPERVISOR),
                ConsoleEntry.of(ConsoleArea.PETITIONS, "petitions.nav.figures", PetitionsController.BASE + "/figures",
                        40, StaffRole.PETITION_OFFICER, StaffRole.SUPERVISOR));
    }
}
