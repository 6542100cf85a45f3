package org.zhengwu.content;

/**
 * A person saved a new version of an item. Announced inside the saving transaction, so that a workflow that was
 * reviewing an older version can react before anything commits (the review chain takes a changed item out of review).
 */
public record ContentSaved(long itemId, long siteId, int version) {
}
