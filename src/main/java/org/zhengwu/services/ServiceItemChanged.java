package org.zhengwu.services;

import java.util.Set;

/**
 * An item was created, changed, put online or taken offline (after commit): its guide page, the lists it is or was
 * on and the search index follow. {@code before} is where the item was listed before the change (null for a new
 * item), so a list it left is rendered again too.
 */
public record ServiceItemChanged(long itemId, String code, Listing before) {

    /** Where an item is listed: its unit, audiences and life events, and whether it was online. */
    public record Listing(long unitId, Set<Audience> audiences, Set<LifeEvent> themes, boolean online) {

        public Listing {
            audiences = Set.copyOf(audiences);
            themes = Set.copyOf(themes);
        }

        public static Listing of(ServiceItem item) {
            return new Listing(item.unitId(), item.guide().audiences(), item.guide().themes(), item.online());
        }
    }
}
