package org.zhengwu.services;

/**
 * What a list of items asks for: each filter null for any. {@code q} looks in the name and the code; {@code page}
 * counts from 1.
 */
public record ServiceItemFilter(Long unitId, Audience audience, LifeEvent theme, ItemState state, String q, int page,
                                int size) {

    public static final int MAX_SIZE = 100;

    public ServiceItemFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        page = Math.max(1, page);
        size = Math.max(1, Math.min(MAX_SIZE, size));
    }

    /** Every online item, one page of the given size. */
    public static ServiceItemFilter online(int page, int size) {
        return new ServiceItemFilter(null, null, null, ItemState.ONLINE, null, page, size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
