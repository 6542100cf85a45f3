package org.zhengwu.supervision.internal.inspection.measures;

import java.util.List;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.inspection.Tally;

/**
 * Faults that appear at once rather than with time (a blank column, a missing footer field, an incomplete guide):
 * each counts from the end of the warning period after the day it was first found, so its unit is warned first.
 */
final class SuddenFaults {

    private SuddenFaults() {
    }

    static List<Tally.Pending> pending(Indicator indicator, Site site, InspectionContext context, List<Offender> found) {
        return found.stream().map(o -> new Tally.Pending(o,
                context.firstSeen(indicator, site.code(), o).plusDays(context.warningDays()))).toList();
    }
}
