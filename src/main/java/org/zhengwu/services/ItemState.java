package org.zhengwu.services;

/** Whether an item is shown to the public. Label key {@code service.state.NAME}. */
public enum ItemState {
    /** 未上线 / 已下线: being written, or taken down; only the console sees it. */
    OFFLINE,
    /** 已上线: on the public pages and in the API; its guide is complete. */
    ONLINE
}
