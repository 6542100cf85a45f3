package org.zhengwu.supervision.internal.stations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The rules of a station's particulars, for the console's form and the demo alike: every field checked, every problem
 * named with its field (message's first argument the field's label, key {@code stations.field.NAME}), nothing
 * returned while one is wrong.
 * <ul>
 *   <li>the tree: the center has no parent and there is one; a township station hangs under the center, a village
 *       point under a township station and names its village;</li>
 *   <li>the operator's name and a phone (a mobile 1XXXXXXXXXX or a landline 0XXX-XXXXXXX);</li>
 *   <li>coordinates in decimal degrees with at most six decimals, inside the ranges (latitude −90..90, longitude
 *       −180..180) and inside China's extent (latitude 3.8..53.6, longitude 73.5..135.1): a station abroad is a
 *       typing error, most often latitude and longitude swapped;</li>
 *   <li>the opening date not after today; the services taken from the configured list.</li>
 * </ul>
 */
final class StationRules {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final BigDecimal MIN_LAT = new BigDecimal("3.8");
    private static final BigDecimal MAX_LAT = new BigDecimal("53.6");
    private static final BigDecimal MIN_LON = new BigDecimal("73.5");
    private static final BigDecimal MAX_LON = new BigDecimal("135.1");

    private final LongFunction<Optional<Station>> stationById;
    private final Predicate<String> nameTaken;
    private final LongPredicate unitExists;
    private final List<String> services;
    private final boolean centerExists;
    private final LocalDate today;

    /**
     * @param nameTaken    whether another station has the name already
     * @param centerExists whether another station is the county center already
     */
    StationRules(LongFunction<Optional<Station>> stationById, Predicate<String> nameTaken, LongPredicate unitExists,
                 List<String> services, boolean centerExists, LocalDate today) {
        this.stationById = stationById;
        this.nameTaken = nameTaken;
        this.unitExists = unitExists;
        this.services = services;
        this.centerExists = centerExists;
        this.today = today;
    }

    /** The station typed in the form, or {@link InvalidReport} with every problem. */
    NewStation read(Map<String, String> typed, List<String> chosenServices) {
        List<InvalidReport.Problem> problems = new ArrayList<>();
        Level level = level(value(typed, "level"), problems);
        Long parentId = parent(level, value(typed, "parent"), problems);
        String name = text(typed, "name", 100, problems);
        if (!name.isEmpty() && nameTaken.test(name)) {
            add(problems, "name", "stations.check.name-taken", name);
        }
        Long unitId = unit(value(typed, "unit"), problems);
        String township = text(typed, "township", 40, problems);
        String village = value(typed, "village");
        if (level == Level.VILLAGE && village.isEmpty()) {
            add(problems, "village", "stations.check.required");
        } else if (village.length() > 40) {
            add(problems, "village", "stations.check.too-long", 40);
        }
        String operatorName = text(typed, "operatorName", 40, problems);
        String phone = value(typed, "operatorPhone").replace(" ", "");
        if (phone.isEmpty()) {
            add(problems, "operatorPhone", "stations.check.required");
        } else if (!PHONE.matcher(phone).matches()) {
            add(problems, "operatorPhone", "stations.check.phone", phone);
        }
        String address = text(typed, "address", 200, problems);
        BigDecimal latitude = degrees(typed, "latitude", new BigDecimal(90), MIN_LAT, MAX_LAT, problems);
        BigDecimal longitude = degrees(typed, "longitude", new BigDecimal(180), MIN_LON, MAX_LON, problems);
        LocalDate openedOn = date(value(typed, "openedOn"), problems);
        StationState state = state(value(typed, "state"), problems);
        List<String> offered = chosenServices == null ? List.of() : chosenServices.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        for (String s : offered) {
            if (!services.contains(s)) {
                add(problems, "services", "stations.check.service", s, String.join("、", services));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        return new NewStation(parentId, level, name, unitId, township, village.isEmpty() ? null : village,
                operatorName, phone, address, latitude, longitude, openedOn, state, offered);
    }

    private Level level(String v, List<InvalidReport.Problem> problems) {
        try {
            Level level = Level.valueOf(v);
            if (level == Level.COUNTY && centerExists) {
                add(problems, "level", "stations.check.one-center");
            }
            return level;
        } catch (IllegalArgumentException e) {
            add(problems, "level", "stations.check.required");
            return null;
        }
    }

    private Long parent(Level level, String v, List<InvalidReport.Problem> problems) {
        if (level == null || level.parentLevel() == null) {
            return null;
        }
        Optional<Station> parent = Optional.empty();
        try {
            parent = v.isEmpty() ? Optional.empty() : stationById.apply(Long.parseLong(v));
        } catch (NumberFormatException e) {
            // no such station
        }
        if (parent.isEmpty() || parent.get().level() != level.parentLevel()) {
            add(problems, "parent", level == Level.TOWNSHIP ? "stations.check.parent-center"
                    : "stations.check.parent-township");
            return null;
        }
        return parent.get().id();
    }

    private Long unit(String v, List<InvalidReport.Problem> problems) {
        try {
            long id = Long.parseLong(v);
            if (unitExists.test(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not a unit
        }
        add(problems, "unit", "stations.check.required");
        return null;
    }

    private static BigDecimal degrees(Map<String, String> typed, String field, BigDecimal range, BigDecimal min,
                                      BigDecimal max, List<InvalidReport.Problem> problems) {
        String v = value(typed, field);
        if (v.isEmpty()) {
            add(problems, field, "stations.check.required");
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.scale() > 6 || d.abs().compareTo(range) > 0) {
                add(problems, field, "stations.check.degrees", v, range);
                return null;
            }
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                add(problems, field, "stations.check.china", v, min, max);
                return null;
            }
            return d.setScale(6);
        } catch (NumberFormatException e) {
            add(problems, field, "stations.check.degrees", v, range);
            return null;
        }
    }

    private LocalDate date(String v, List<InvalidReport.Problem> problems) {
        if (v.isEmpty()) {
            add(problems, "openedOn", "stations.check.required");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.isAfter(today)) {
                add(problems, "openedOn", "stations.check.future", v);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            add(problems, "openedOn", "stations.check.date", v);
            return null;
        }
    }

    private static StationState state(String v, List<InvalidReport.Problem> problems) {
        try {
            return StationState.valueOf(v);
        } catch (IllegalArgumentException e) {
            add(problems, "state", "stations.check.required");
            return null;
        }
    }

    private static String value(Map<String, String> typed, String field) {
        String v = typed.get(field);
        return v == null ? "" : v.strip();
    }

    private static String text(Map<String, String> typed, String field, int max, List<InvalidReport.Problem> problems) {
        String v = value(typed, field);
        if (v.isEmpty()) {
            add(problems, field, "stations.check.required");
        } else if (v.length() > max) {
            add(problems, field, "stations.check.too-long", max);
        }
        return v;
    }

    /** A problem of a field; the message's first argument is the field's label. */
    static void add(List<InvalidReport.Problem> problems, String field, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = new DefaultMessageSourceResolvable("stations.field." + field);
        System.arraycopy(more, 0, args, 1, more.length);
        problems.add(new InvalidReport.Problem(field, key, args));
    }
}
