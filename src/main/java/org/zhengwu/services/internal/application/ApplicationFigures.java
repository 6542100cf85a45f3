package org.zhengwu.services.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.services.Audience;
import org.zhengwu.services.ItemState;
import org.zhengwu.services.ServiceHallFigures;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItems;

/** {@link ServiceHallFigures} from the catalogue and the application table. */
@Repository
class ApplicationFigures implements ServiceHallFigures {

    private final JdbcClient jdbc;
    private final ServiceItems items;
    private final Clock clock;

    ApplicationFigures(JdbcClient jdbc, ServiceItems items, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.clock = clock;
    }

    @Override
    public Figures of(Long unitId, LocalDate from, LocalDate to) {
        List<ServiceItem> online = items.all(new ServiceItemFilter(unitId, null, null, ItemState.ONLINE, null, 1,
                ServiceItemFilter.MAX_SIZE));
        long onlineApplication = online.stream().filter(i -> i.guide().onlineApplication()).count();
        OffsetDateTime start = from.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        Map<Long, Long> perItem = jdbc.sql("SELECT item_id, COUNT(*) AS n FROM application WHERE submitted_at >= ? "
                        + "AND submitted_at < ?" + (unitId == null ? "" : " AND unit_id = ?") + " GROUP BY item_id")
                .params(unitId == null ? List.of(start, end) : List.of(start, end, unitId))
                .query((rs, i) -> Map.entry(rs.getLong("item_id"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long all = 0;
        long legal = 0;
        for (Map.Entry<Long, Long> e : perItem.entrySet()) {
            all += e.getValue();
            Set<Audience> audiences = items.byId(e.getKey()).map(i -> i.guide().audiences()).orElse(Set.of());
            if (audiences.equals(Set.of(Audience.ENTERPRISE))) {
                legal += e.getValue();
            }
        }
        return new Figures(online.size(), onlineApplication, all, all - legal, legal);
    }
}
