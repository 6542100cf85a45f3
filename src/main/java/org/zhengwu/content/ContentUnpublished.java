package org.zhengwu.content;

/** An item was taken offline: its page must go and the lists it was on be rendered again. */
public record ContentUnpublished(long itemId, long siteId, long columnId) {
}
