package org.zhengwu.supervision.internal.tasks;

import java.time.LocalDate;
import java.util.List;

/** One task read from an import (a pasted line or a spreadsheet row), checked, before it is stored. */
public record NewTask(String content, long leadUnitId, List<Long> cooperating, String leader, LocalDate deadline,
                      List<SupervisedTask.Milestone> milestones) {
}
