package org.zhengwu.content.internal.web;

import org.zhengwu.content.ContentStatus;
import org.zhengwu.content.ContentSummary;

/** One line of the console's content list. */
public record ContentRow(ContentSummary item, ContentStatus status, String siteName, String columnName) {
}
