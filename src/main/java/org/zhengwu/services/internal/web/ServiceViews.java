package org.zhengwu.services.internal.web;

import java.util.List;
import org.zhengwu.services.LifeEvent;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.sites.Unit;

/** What the hall's public templates show. */
public final class ServiceViews {

    private ServiceViews() {
    }

    /** The hall's front page: the doors by unit (with their counts of online items), by audience, by life event. */
    public record Index(List<UnitCount> units, List<LifeEvent> themes) {
    }

    public record UnitCount(Unit unit, long items) {
    }

    /** A list of items under a heading; {@code previous} and {@code next} are page addresses or null. */
    public record Listing(String heading, List<ServiceItem> items, List<String> unitNames, int page, int pages,
                          String previous, String next) {
    }

    /** One guide. */
    public record Guide(ServiceItem item, String unitName) {
    }

    /** A unit's own guides on its site. */
    public record InSite(String heading, List<ServiceItem> items) {
    }

    public record Problem(String title, String message) {
    }
}
