package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project as read from a form or a ledger row, checked: its stage reached on {@code stageOn} with evidence. */
public record NewProject(String name, String investor, String industry, Source source, BigDecimal amount, long unitId,
                         String leader, Stage stage, LocalDate stageOn, String evidence) {
}
