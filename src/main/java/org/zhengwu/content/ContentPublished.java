package org.zhengwu.content;

/** An item went online (or was published again after a change): its pages and the lists it is on must be rendered. */
public record ContentPublished(long itemId, long siteId, long columnId) {
}
