package org.zhengwu.services;

import java.time.OffsetDateTime;

/** A service item (事项) of the catalogue: its guide, whether it is online, and when it was last changed. */
public record ServiceItem(long id, ServiceGuide guide, ItemState state, OffsetDateTime updatedAt) {

    public String code() {
        return guide.code();
    }

    public String name() {
        return guide.name();
    }

    public long unitId() {
        return guide.unitId();
    }

    public boolean online() {
        return state == ItemState.ONLINE;
    }

    /** The public address of its guide page (simplified script; {@code /zh-hant} in front for the mirror). */
    public String guidePath() {
        return "/bsfw/item/" + code() + ".html";
    }

    public Completeness completeness() {
        return Completeness.of(guide);
    }
}
