package org.zhengwu.content;

/** Where an item stands: only PUBLISHED items appear on the public site. */
public enum ContentStatus {
    DRAFT, PUBLISHED, UNPUBLISHED
}
