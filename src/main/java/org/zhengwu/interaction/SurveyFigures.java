package org.zhengwu.interaction;

import java.time.LocalDate;

/**
 * Figures of the hall's surveys and solicitations (征集调查) over a period of days (both inclusive, China Standard
 * Time), for other modules' reports (the annual website report). Aggregates only.
 */
public interface SurveyFigures {

    /**
     * @param surveys          surveys and solicitations opened to the public in the period (期数)
     * @param responses        responses received in the period (收到意见数量)
     * @param resultsPublished surveys whose results were published in the period (公布调查结果期数)
     */
    record Figures(long surveys, long responses, long resultsPublished) {
    }

    Figures of(LocalDate from, LocalDate to);
}
