package org.zhengwu.services.internal.application;

import java.time.OffsetDateTime;

/** A 审查意见: internal, never shown to the applicant. */
public record Opinion(OffsetDateTime at, String author, String text) {
}
