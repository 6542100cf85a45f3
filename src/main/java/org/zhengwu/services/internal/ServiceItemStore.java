package org.zhengwu.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.services.Audience;
import org.zhengwu.services.Fee;
import org.zhengwu.services.ItemState;
import org.zhengwu.services.LifeEvent;
import org.zhengwu.services.Material;
import org.zhengwu.services.ServiceGuide;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItemPage;
import org.zhengwu.services.ServiceKind;

/** The tables service_item and its children: themes, lines (basis, conditions, steps), materials and fees. */
@Repository
class ServiceItemStore {

    private static final String COLUMNS = "id, code, name, unit_id, kind, for_persons, for_enterprises, statutory_days, "
            + "promised_days, free_of_charge, place, hours, consultation_phone, complaint_phone, result_name, "
            + "result_sample, online_application, visits, state, updated_at";

    private final JdbcClient jdbc;

    ServiceItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ServiceItem> byCode(String code) {
        return one("code = :v", code);
    }

    Optional<ServiceItem> byId(long id) {
        return one("id = :v", id);
    }

    Optional<String> nameOf(long id) {
        return jdbc.sql("SELECT name FROM service_item WHERE id = :v").param("v", id).query(String.class).optional();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM service_item WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    ServiceItemPage find(ServiceItemFilter f) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.unitId() != null) {
            where.append(" AND unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.audience() != null) {
            where.append(f.audience() == Audience.PERSON ? " AND for_persons = TRUE" : " AND for_enterprises = TRUE");
        }
        if (f.theme() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM service_item_theme t WHERE t.item_id = service_item.id AND t.theme = :theme)");
            params.put("theme", f.theme().name());
        }
        if (f.state() != null) {
            where.append(" AND state = :state");
            params.put("state", f.state().name());
        }
        if (f.q() != null) {
            where.append(" AND (name LIKE :q ESCAPE '!' OR code LIKE :q ESCAPE '!')");
            params.put("q", "%" + f.q().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM service_item" + where).params(params).query(Long.class).single();
        params.put("limit", f.size());
        params.put("offset", f.offset());
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM service_item" + where
                        + " ORDER BY unit_id, code LIMIT :limit OFFSET :offset")
                .params(params).query(ServiceItemStore::row).list();
        return new ServiceItemPage(assemble(rows), f.page(), f.size(), total);
    }

    Map<Long, Long> onlineCountByUnit() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT unit_id, COUNT(*) FROM service_item WHERE state = 'ONLINE' GROUP BY unit_id")
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    long insert(ServiceGuide g, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_item (code, name, unit_id, kind, for_persons, for_enterprises, statutory_days, "
                        + "promised_days, free_of_charge, place, hours, consultation_phone, complaint_phone, result_name, "
                        + "result_sample, online_application, visits, state, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OFFLINE', ?)")
                .params(g.code(), g.name(), g.unitId(), g.kind().name(), g.serves(Audience.PERSON),
                        g.serves(Audience.ENTERPRISE), g.statutoryDays(), g.promisedDays(), g.freeOfCharge(), g.place(),
                        g.hours(), g.consultationPhone(), g.complaintPhone(), g.resultName(), g.resultSample(),
                        g.onlineApplication(), g.visits(), at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertChildren(id, g);
        return id;
    }

    void update(long id, ServiceGuide g, OffsetDateTime at) {
        jdbc.sql("UPDATE service_item SET name = ?, unit_id = ?, kind = ?, for_persons = ?, for_enterprises = ?, "
                        + "statutory_days = ?, promised_days = ?, free_of_charge = ?, place = ?, hours = ?, "
                        + "consultation_phone = ?, complaint_phone = ?, result_name = ?, result_sample = ?, "
                        + "online_application = ?, visits = ?, updated_at = ? WHERE id = ?")
                .params(g.name(), g.unitId(), g.kind().name(), g.serves(Audience.PERSON), g.serves(Audience.ENTERPRISE),
                        g.statutoryDays(), g.promisedDays(), g.freeOfCharge(), g.place(), g.hours(),
                        g.consultationPhone(), g.complaintPhone(), g.resultName(), g.resultSample(),
                        g.onlineApplication(), g.visits(), at, id)
                .update();
        for (String table : List.of("service_item_theme", "service_item_line", "service_item_material", "service_item_fee")) {
            jdbc.sql("DELETE FROM " + table + " WHERE item_id = ?").param(id).update();
        }
        insertChildren(id, g);
    }

    void setState(long id, ItemState state, OffsetDateTime at) {
        jdbc.sql("UPDATE service_item SET state = ?, updated_at = ? WHERE id = ?").params(state.name(), at, id).update();
    }

    private void insertChildren(long id, ServiceGuide g) {
        for (LifeEvent t : g.themes()) {
            jdbc.sql("INSERT INTO service_item_theme (item_id, theme) VALUES (?, ?)").params(id, t.name()).update();
        }
        lines(id, LineKind.BASIS, g.legalBasis());
        lines(id, LineKind.CONDITION, g.conditions());
        lines(id, LineKind.STEP, g.steps());
        int n = 0;
        for (Material m : g.materials()) {
            jdbc.sql("INSERT INTO service_item_material (item_id, position, name, form, copies, medium, required, "
                            + "needed_when, blank_form, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, ++n, m.name(), m.form().name(), m.copies(), m.medium().name(), m.required(),
                            m.neededWhen(), m.blankForm(), m.sample())
                    .update();
        }
        n = 0;
        for (Fee f : g.fees()) {
            jdbc.sql("INSERT INTO service_item_fee (item_id, position, name, amount, basis) VALUES (?, ?, ?, ?, ?)")
                    .params(id, ++n, f.name(), f.amount(), f.basis()).update();
        }
    }

    private void lines(long id, LineKind kind, List<String> lines) {
        int n = 0;
        for (String line : lines) {
            jdbc.sql("INSERT INTO service_item_line (item_id, kind, position, line_text) VALUES (?, ?, ?, ?)")
                    .params(id, kind.name(), ++n, line).update();
        }
    }

    private Optional<ServiceItem> one(String condition, Object value) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM service_item WHERE " + condition).param("v", value)
                .query(ServiceItemStore::row).list();
        return assemble(rows).stream().findFirst();
    }

    /** The items of these rows with their children, read in one query per child table. */
    private List<ServiceItem> assemble(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Children> children = new LinkedHashMap<>();
        ids.forEach(id -> children.put(id, new Children()));
        jdbc.sql("SELECT item_id, theme FROM service_item_theme WHERE item_id IN (:ids)").param("ids", ids)
                .query((rs, n) -> children.get(rs.getLong(1)).themes.add(LifeEvent.valueOf(rs.getString(2)))).list();
        jdbc.sql("SELECT item_id, kind, line_text FROM service_item_line WHERE item_id IN (:ids) ORDER BY item_id, kind, position")
                .param("ids", ids)
                .query((rs, n) -> children.get(rs.getLong(1)).lines(LineKind.valueOf(rs.getString(2))).add(rs.getString(3)))
                .list();
        jdbc.sql("SELECT item_id, name, form, copies, medium, required, needed_when, blank_form, sample "
                        + "FROM service_item_material WHERE item_id IN (:ids) ORDER BY item_id, position")
                .param("ids", ids)
                .query((rs, n) -> children.get(rs.getLong(1)).materials.add(new Material(rs.getString(2),
                        Material.Form.valueOf(rs.getString(3)), rs.getInt(4), Material.Medium.valueOf(rs.getString(5)),
                        rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9))))
                .list();
        jdbc.sql("SELECT item_id, name, amount, basis FROM service_item_fee WHERE item_id IN (:ids) ORDER BY item_id, position")
                .param("ids", ids)
                .query((rs, n) -> children.get(rs.getLong(1)).fees.add(new Fee(rs.getString(2), rs.getBigDecimal(3),
                        rs.getString(4))))
                .list();
        List<ServiceItem> items = new ArrayList<>();
        for (Row r : rows) {
            items.add(r.item(children.get(r.id())));
        }
        return items;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        if (rs.getBoolean("for_persons")) {
            audiences.add(Audience.PERSON);
        }
        if (rs.getBoolean("for_enterprises")) {
            audiences.add(Audience.ENTERPRISE);
        }
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("unit_id"),
                ServiceKind.valueOf(rs.getString("kind")), audiences, rs.getObject("statutory_days", Integer.class),
                rs.getObject("promised_days", Integer.class), rs.getBoolean("free_of_charge"), rs.getString("place"),
                rs.getString("hours"), rs.getString("consultation_phone"), rs.getString("complaint_phone"),
                rs.getString("result_name"), rs.getString("result_sample"), rs.getBoolean("online_application"),
                rs.getInt("visits"), ItemState.valueOf(rs.getString("state")),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private enum LineKind { BASIS, CONDITION, STEP }

    private static final class Children {
        final Set<LifeEvent> themes = EnumSet.noneOf(LifeEvent.class);
        final Map<LineKind, List<String>> lines = new HashMap<>();
        final List<Material> materials = new ArrayList<>();
        final List<Fee> fees = new ArrayList<>();

        List<String> lines(LineKind kind) {
            return lines.computeIfAbsent(kind, k -> new ArrayList<>());
        }
    }

    private record Row(long id, String code, String name, long unitId, ServiceKind kind, Set<Audience> audiences,
                       Integer statutoryDays, Integer promisedDays, boolean freeOfCharge, String place, String hours,
                       String consultationPhone, String complaintPhone, String resultName, String resultSample,
                       boolean onlineApplication, int visits, ItemState state, OffsetDateTime updatedAt) {

        ServiceItem item(Children c) {
            return new ServiceItem(id, new ServiceGuide(code, name, unitId, kind, audiences, c.themes,
                    c.lines(LineKind.BASIS), c.lines(LineKind.CONDITION), c.materials, c.lines(LineKind.STEP),
                    statutoryDays, promisedDays, freeOfCharge, c.fees, place, hours, consultationPhone, complaintPhone,
                    resultName, resultSample, onlineApplication, visits), state, updatedAt);
        }
    }
}
