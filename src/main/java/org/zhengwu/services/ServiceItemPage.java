package org.zhengwu.services;

import java.util.List;

/** One page of items and how many match in all. */
public record ServiceItemPage(List<ServiceItem> items, int page, int size, long total) {

    public ServiceItemPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
