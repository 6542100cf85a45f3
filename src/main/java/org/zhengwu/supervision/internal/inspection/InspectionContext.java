package org.zhengwu.supervision.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.zhengwu.sites.ColumnKind;

/** What a measurement needs from the inspection run: its moment (the application clock) and the settings. */
public interface InspectionContext {

    /** China Standard Time: the days of the indicators are days in China. */
    ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    Instant now();

    /** The figure at which the indicator trips (the national value unless the supervisors changed it). */
    double threshold(Indicator indicator);

    /** How many days ahead a coming trip is announced as a warning. */
    int warningDays();

    /** The day of {@link #now()} in China. */
    default LocalDate today() {
        return LocalDate.ofInstant(now(), CHINA);
    }

    /**
     * How often a column of this kind must get new content, in days, when the column sets no interval of its own
     * (national values: news 14 days, notices and policies 6 months); null where the kind has no national interval.
     */
    default Integer expectedIntervalDays(ColumnKind kind) {
        return switch (kind) {
            case NEWS -> 14;
            case NOTICE, POLICY -> 180;
            default -> null;
        };
    }

    /** After how many days an unanswered letter counts against the site (national value: 3 months, 90 days). */
    default int letterAnswerDays() {
        return 90;
    }

    /**
     * The day this offender was first found on this site for this indicator: a fault that appears at once (a blank
     * column, a missing footer field) counts from the end of the warning period after it. Without a history, today.
     */
    default LocalDate firstSeen(Indicator indicator, String siteCode, Offender offender) {
        return today();
    }
}
