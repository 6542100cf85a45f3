package org.zhengwu.interaction.internal.open311;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhengwu.platform.RuleViolation;

/**
 * The parameters of GET requests, as GeoReport v2 defines them, checked: {@code service_request_id} (a comma list that
 * overrides every other parameter), {@code service_code}, {@code start_date} and {@code end_date} (ISO 8601 with an
 * offset), {@code status} ({@code open}, {@code closed}, or both as a comma list). Without dates the query covers the
 * last 90 days; with one date, 90 days from or up to it. A wrong value is refused with a message naming the parameter.
 */
record RequestQuery(List<String> ids, String serviceCode, OffsetDateTime start, OffsetDateTime end,
                    Set<Status> statuses) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    /** At most this many requests in one answer, as the specification suggests. */
    static final int MAX_RESULTS = 1000;
    /** At most this many ids in {@code service_request_id}. */
    static final int MAX_IDS = 100;

    /** A request's status in GeoReport v2: answered or refused letters are closed, the others open. */
    enum Status {
        OPEN, CLOSED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    RequestQuery {
        ids = List.copyOf(ids);
        statuses = Set.copyOf(statuses);
    }

    static RequestQuery parse(String ids, String serviceCode, String startDate, String endDate, String status,
                              OffsetDateTime now) {
        List<String> idList = list(ids);
        if (idList.size() > MAX_IDS) {
            throw new RuleViolation("open311.error.ids.too-many", "service_request_id", MAX_IDS);
        }
        OffsetDateTime start = date("start_date", startDate);
        OffsetDateTime end = date("end_date", endDate);
        if (start != null && end != null && start.isAfter(end)) {
            throw new RuleViolation("open311.error.dates.order", "start_date", "end_date");
        }
        if (start == null && end == null) {
            end = now;
            start = now.minus(DEFAULT_SPAN);
        } else if (start == null) {
            start = end.minus(DEFAULT_SPAN);
        } else if (end == null) {
            end = start.plus(DEFAULT_SPAN);
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (String s : list(status)) {
            statuses.add(Arrays.stream(Status.values()).filter(v -> v.code().equals(s)).findFirst()
                    .orElseThrow(() -> new RuleViolation("open311.error.status.invalid", "status", s)));
        }
        if (statuses.isEmpty()) {
            statuses = EnumSet.allOf(Status.class);
        }
        String code = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip();
        return new RequestQuery(idList, code, start, end, statuses);
    }

    boolean covers(OffsetDateTime submittedAt) {
        return !submittedAt.isBefore(start) && !submittedAt.isAfter(end);
    }

    private static List<String> list(String commaList) {
        List<String> out = new ArrayList<>();
        if (commaList != null) {
            for (String part : commaList.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static OffsetDateTime date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // an offset's "+" not encoded by the client arrives as a space: read it as the "+" it was
        String v = value.strip().replaceFirst("(T[0-9:.]+) ([0-9]{2}:[0-9]{2})$", "$1+$2");
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("open311.error.date.invalid", parameter, value.strip());
        }
    }
}
