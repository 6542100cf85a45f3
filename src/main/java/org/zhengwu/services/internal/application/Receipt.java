package org.zhengwu.services.internal.application;

import java.time.OffsetDateTime;

/** What the applicant is told once the application is committed: its number and query code (shown this once). */
public record Receipt(String number, String queryCode, String itemName, OffsetDateTime at) {
}
