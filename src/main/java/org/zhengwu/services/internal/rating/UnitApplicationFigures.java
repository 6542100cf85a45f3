package org.zhengwu.services.internal.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseFigures;
import org.zhengwu.services.ApplicationFigures;
import org.zhengwu.services.internal.application.ApplicationType;

/** {@link ApplicationFigures} from the case engine's counts of applications and the ratings, as {@link ServiceFigures}. */
@Service
class UnitApplicationFigures implements ApplicationFigures {

    private final CaseFigures cases;
    private final RatingStore store;
    private final Clock clock;

    UnitApplicationFigures(CaseFigures cases, RatingStore store, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, UnitFigures> perUnit(LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        Map<Long, UnitFigures> result = new HashMap<>();
        for (CaseFigures.Figures f : cases.perUnit(ApplicationType.CODE, from, to)) {
            if (f.unitId() != null) {
                result.put(f.unitId(), new UnitFigures(f.closed(), f.closedOnTime(), 0, 0));
            }
        }
        for (RatingStore.Counts c : store.counts(from.atStartOfDay(zone).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())) {
            UnitFigures f = result.getOrDefault(c.unitId(), new UnitFigures(0, 0, 0, 0));
            result.put(c.unitId(), new UnitFigures(f.handled(), f.handledOnTime(), c.rated(), c.good()));
        }
        return result;
    }
}
