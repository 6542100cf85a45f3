package org.zhengwu.services.internal.application;

import java.util.List;

/** One page of the handlers' queue: its applications, how many there are in all, the page (from 1) of how many. */
public record QueuePage(List<ApplicationRecord> records, long total, int page, int pages) {
}
