package org.zhengwu.services.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.services.internal.application.ApplicationRecord;
import org.zhengwu.services.internal.application.ApplicationState;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The queue's rows: each application with its item's and unit's names and how its deadline stands on the working-day
 * calendar — overdue (red) after the deadline, due soon (yellow) on the last working day before it, as the case
 * engine reminds.
 */
@Component
class ApplicationRows {

    private final ServiceItems items;
    private final SiteDirectory sites;
    private final WorkingDays workingDays;
    private final Clock clock;

    ApplicationRows(ServiceItems items, SiteDirectory sites, WorkingDays workingDays, Clock clock) {
        this.items = items;
        this.sites = sites;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    List<QueueRow> of(List<ApplicationRecord> records) {
        Map<Long, String> itemNames = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        return records.stream().map(r -> new QueueRow(r.number(),
                itemNames.computeIfAbsent(r.itemId(), id -> items.byId(id).map(ServiceItem::name).orElse("")),
                sites.unit(r.unitId()).map(Unit::name).orElse("#" + r.unitId()), r.state().name(), r.submittedAt(),
                r.deadline(), due(r, today))).toList();
    }

    String itemName(long id) {
        return items.byId(id).map(ServiceItem::name).orElse("");
    }

    String unitName(long id) {
        return sites.unit(id).map(Unit::name).orElse("#" + id);
    }

    /** null (no clock runs: closed, or stopped for 补正 or 中止), ok, soon or overdue. */
    String due(ApplicationRecord r, LocalDate today) {
        if (r.deadline() == null || r.state().phase() != org.zhengwu.cases.CasePhase.OPEN
                || r.state() == ApplicationState.CORRECTION || r.state() == ApplicationState.SUSPENDED) {
            return null;
        }
        if (today.isAfter(r.deadline())) {
            return "overdue";
        }
        return workingDays.workingDaysBetween(today, r.deadline()) <= 1 ? "soon" : "ok";
    }
}
