package org.zhengwu.supervision.internal.inspection.measures;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengwu.services.Completeness;
import org.zhengwu.services.ItemState;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.inspection.Tally;

/**
 * 办事指南要素缺失: the site's unit's online service items whose guide lacks required elements (the service hall
 * refuses to put such an item online, so these come from guides changed or imported before a rule).
 */
@Component
class GuidesIncomplete implements IndicatorMeasure {

    private final ServiceItems items;
    private final Tally tally;

    GuidesIncomplete(ServiceItems items, Tally tally) {
        this.items = items;
        this.tally = tally;
    }

    @Override
    public Indicator indicator() {
        return Indicator.GUIDES_INCOMPLETE;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        List<ServiceItem> online = items.all(new ServiceItemFilter(site.unitId(), null, null, ItemState.ONLINE, null, 1,
                ServiceItemFilter.MAX_SIZE));
        List<Offender> incomplete = online.stream().filter(i -> !i.completeness().complete())
                .map(i -> new Offender(i.name(), tally.t("inspection.guide.missing", names(i.completeness())),
                        "/admin/services/" + i.id()))
                .toList();
        return tally.count(indicator(), site, context, SuddenFaults.pending(indicator(), site, context, incomplete));
    }

    private String names(Completeness c) {
        return c.missing().stream().map(e -> tally.t(e.labelKey())).collect(Collectors.joining("、"));
    }
}
