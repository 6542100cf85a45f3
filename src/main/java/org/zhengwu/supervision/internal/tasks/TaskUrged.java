package org.zhengwu.supervision.internal.tasks;

import java.time.LocalDate;

/** Published after a 催办 commits; {@link UrgeMail} mails the lead unit. */
public record TaskUrged(long taskId, String number, String content, long unitId, LocalDate deadline, String note) {
}
