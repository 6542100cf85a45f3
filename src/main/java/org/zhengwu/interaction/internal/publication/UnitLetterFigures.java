package org.zhengwu.interaction.internal.publication;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseFigures;
import org.zhengwu.interaction.LetterFigures;
import org.zhengwu.interaction.internal.LetterType;

/**
 * {@link LetterFigures} from the case engine's counts of letters and the letters' ratings, as {@link LetterStatistics}
 * counts them per unit (a refused letter never had a unit, so no unit counts it).
 */
@Service
class UnitLetterFigures implements LetterFigures {

    private final CaseFigures figures;
    private final StatisticsStore store;

    UnitLetterFigures(CaseFigures figures, StatisticsStore store) {
        this.figures = figures;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, UnitFigures> perUnit(LocalDate from, LocalDate to) {
        Map<Long, long[]> ratings = store.ratings(from, to).perUnit();
        Map<Long, UnitFigures> result = new HashMap<>();
        for (CaseFigures.Figures f : figures.perUnit(LetterType.CODE, from, to)) {
            if (f.unitId() != null) {
                long[] r = ratings.getOrDefault(f.unitId(), new long[3]);
                result.put(f.unitId(), new UnitFigures(f.closed(), f.closedOnTime(), r[0], r[1], r[2]));
            }
        }
        ratings.forEach((unit, r) -> result.putIfAbsent(unit, new UnitFigures(0, 0, r[0], r[1], r[2])));
        return result;
    }
}
