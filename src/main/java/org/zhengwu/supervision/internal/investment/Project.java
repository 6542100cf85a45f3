package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An investment project as stored; amounts in 万元.
 *
 * @param stageOn   the day it reached its current stage
 * @param signedOn  the first day it reached 签约 or later, or null
 * @param startedOn the first day it reached 开工 or later, or null
 */
public record Project(long id, String name, String investor, String industry, Source source, BigDecimal amount,
                      long unitId, String leader, Stage stage, LocalDate stageOn, LocalDate signedOn,
                      LocalDate startedOn) {

    /** No stage change for {@code months} months before {@code today}, and not yet 投产. */
    public boolean stalled(LocalDate today, int months) {
        return stage != Stage.PRODUCING && !stageOn.plusMonths(months).isAfter(today);
    }

    /** A stage change recorded for the project. */
    public record StageChange(Stage stage, LocalDate on, String evidence, String recordedBy) {
    }

    /** One month's 合同引资 and 到位资金. */
    public record Month(LocalDate month, BigDecimal contracted, BigDecimal inPlace) {
    }
}
