package org.zhengwu.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The demo's publication dates moved together so that its newest item came out the day before the demo is created:
 * a demo made on any day is as current as on the day it was written, so the self-inspection finds every site up to
 * date. Their order and the gaps between them stay as written.
 */
final class DemoDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final long days;

    private DemoDates(long days) {
        this.days = days;
    }

    static DemoDates movedTo(DemoDefinition demo, LocalDate today) {
        LocalDate newest = demo.sites().stream().flatMap(s -> s.items().stream())
                .map(i -> LocalDateTime.parse(i.publishedAt(), FORMAT).toLocalDate())
                .max(LocalDate::compareTo).orElse(today.minusDays(1));
        return new DemoDates(ChronoUnit.DAYS.between(newest, today.minusDays(1)));
    }

    String move(String publishedAt) {
        return LocalDateTime.parse(publishedAt, FORMAT).plusDays(days).format(FORMAT);
    }
}
