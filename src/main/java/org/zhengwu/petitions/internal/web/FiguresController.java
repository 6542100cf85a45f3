package org.zhengwu.petitions.internal.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.petitions.PetitionFigures;
import org.zhengwu.petitions.internal.Channel;
import org.zhengwu.petitions.internal.PetitionAccess;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/** 信访统计: a month's figures per unit, ranked (on time first), for the petition office and the supervisors. */
@Controller
class FiguresController {

    private final PetitionFigures figures;
    private final PetitionAccess access;
    private final SiteDirectory sites;
    private final Clock clock;

    FiguresController(PetitionFigures figures, PetitionAccess access, SiteDirectory sites, Clock clock) {
        this.figures = figures;
        this.access = access;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping(PetitionsController.BASE + "/figures")
    String figures(@RequestParam(required = false) String month, Model model) {
        access.requireRole(StaffRole.PETITION_OFFICER, StaffRole.SUPERVISOR);
        YearMonth m = YearMonth.now(clock);
        boolean bad = false;
        if (month != null && !month.isBlank()) {
            try {
                m = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                bad = true;
            }
        }
        model.addAttribute("month", m.toString());
        model.addAttribute("badMonth", bad);
        model.addAttribute("ranking", figures.ranking(m.atDay(1), m.atEndOfMonth()));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("unitName", (java.util.function.LongFunction<String>) id -> sites.unit(id)
                .map(Unit::name).orElse("#" + id));
        return "admin/petitions/figures";
    }
}
