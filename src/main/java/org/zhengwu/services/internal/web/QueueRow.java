package org.zhengwu.services.internal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line of the handlers' queue. {@code due}: null (no deadline runs), OK, SOON (yellow: the last working day) or
 * OVERDUE (red); the label key is {@code service.applications.deadline.} in lower case.
 */
public record QueueRow(String number, String itemName, String unitName, String state, OffsetDateTime submittedAt,
                       LocalDate deadlineDay, String due) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String submitted() {
        return submittedAt.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(MINUTE);
    }

    public String deadline() {
        return deadlineDay == null ? "" : deadlineDay.toString();
    }

    public String dueClass() {
        return "overdue".equals(due) ? "tag-bad" : "soon".equals(due) ? "tag-warn" : "tag-ok";
    }
}
