package org.zhengwu.supervision.internal.scores;

import java.time.DateTimeException;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.RuleViolation;

/** The monthly unit scores and their ranking, computed from the month's figures and the current weights. */
@Service
public class Rankings {

    private final MonthFigures figures;
    private final ScoreSettings settings;

    Rankings(MonthFigures figures, ScoreSettings settings) {
        this.figures = figures;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public MonthRanking of(YearMonth month) {
        settings.requireReader();
        return new MonthRanking(month, settings.weights(), ScoreRules.rank(figures.of(month), settings.weights()),
                figures.inspections().isPresent());
    }

    public YearMonth thisMonth() {
        return YearMonth.from(figures.today());
    }

    /**
     * The month as typed ({@code 2026-11}); the running month when blank.
     *
     * @throws RuleViolation when it is not a month, or one that has not begun
     */
    public YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return thisMonth();
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.trim());
        } catch (DateTimeException e) {
            throw new RuleViolation("scores.month.invalid", text.trim());
        }
        if (month.isAfter(thisMonth()) || month.getYear() < 2000) {
            throw new RuleViolation("scores.month.out-of-range", text.trim());
        }
        return month;
    }
}
