package org.zhengwu.review;

/**
 * The last level of an item's review chain approved this version; it goes online now or at its publish time.
 * Published after the approval commits.
 */
public record ContentApproved(long itemId, long siteId, int version) {
}
