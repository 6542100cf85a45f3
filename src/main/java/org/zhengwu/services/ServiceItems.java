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

    ServiceItemPage find(ServiceItemFilter filter);

    /** How many online items each unit has; units without any are absent. */
    Map<Long, Long> onlineCountByUnit();

    /** A new item, offline. */
    ServiceItem create(ServiceGuide guide);

    /** Changes an item's guide; its code stays what it was (addresses and other systems use it). */
    ServiceItem update(long id, ServiceGuide guide);

    /** 上线: refused with the list of missing elements while the guide is incomplete. */
    ServiceItem putOnline(long id);

    /** 下线 */
    ServiceItem takeOffline(long id);
}
