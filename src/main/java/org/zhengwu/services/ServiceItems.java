package org.zhengwu.services;

import java.util.Map;
import java.util.Optional;

/**
 * The catalogue. Reading is open to every module; changes are the system administrator's (every unit) or a unit
 * editor's (信息员, their own unit's items only), each audited in its transaction; a refused change changes nothing.
 * An item goes online only with a complete guide, and an online item cannot be saved incomplete.
 */
public interface ServiceItems {

    Optional<ServiceItem> byCode(String code);

    Optional<ServiceItem> byId(long id);

    /** The item's name alone, for pages that show no more of it (the applicant's look-up reads it on every visit). */
    Optional<String> nameOf(long id);

    ServiceItemPage find(ServiceItemFilter filter);

    /** Every item the filter finds (its page and size aside), read {@link ServiceItemFilter#MAX_SIZE} at a time. */
    default java.util.List<ServiceItem> all(ServiceItemFilter filter) {
        java.util.List<ServiceItem> all = new java.util.ArrayList<>();
        for (int p = 1; ; p++) {
            ServiceItemPage page = find(new ServiceItemFilter(filter.unitId(), filter.audience(), filter.theme(),
                    filter.state(), filter.q(), p, ServiceItemFilter.MAX_SIZE));
            all.addAll(page.items());
            if (p >= page.pages()) {
                return all;
            }
        }
    }

    /** How many online items each unit has; units without any are absent. */
    Map<Long, Long> onlineCountByUnit();

    /** A new item, offline. */
    ServiceItem create(ServiceGuide guide);

    /** Changes an item's guide; its code stays what it was (addresses and other systems use it). */
    ServiceItem update(long id, ServiceGuide guide);

    /**
     * Creates the items and puts them online, in one transaction: all, or none when one is refused (incomplete, a
     * code taken). Each is audited; one {@link ServiceCatalogueImported} follows instead of an event per item.
     */
    void importOnline(java.util.List<ServiceGuide> guides);

    /** 上线: refused with the list of missing elements while the guide is incomplete. */
    ServiceItem putOnline(long id);

    /** 下线 */
    ServiceItem takeOffline(long id);
}
