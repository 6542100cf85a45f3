package org.zhengwu.supervision.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.zhengwu.sites.ColumnKind;

/**
 * The context of one inspection run: its moment, the settings as they were when it started, and when each offender
 * already known was first found ({@code site|INDICATOR|key} → day).
 */
record RunContext(Instant now, InspectionSettings settings, Map<String, LocalDate> known) implements InspectionContext {

    static String knownKey(String siteCode, Indicator indicator, String offenderKey) {
        return siteCode + "|" + indicator.name() + "|" + offenderKey;
    }

    @Override
    public double threshold(Indicator indicator) {
        return settings.threshold(indicator);
    }

    @Override
    public int warningDays() {
        return settings.warningDays();
    }

    @Override
    public Integer expectedIntervalDays(ColumnKind kind) {
        return switch (kind) {
            case NEWS -> settings.newsDays();
            case NOTICE -> settings.noticeDays();
            case POLICY -> settings.policyDays();
            default -> null;
        };
    }

    @Override
    public int letterAnswerDays() {
        return settings.letterDays();
    }

    @Override
    public LocalDate firstSeen(Indicator indicator, String siteCode, Offender offender) {
        LocalDate seen = known.get(knownKey(siteCode, indicator, offender.key()));
        LocalDate today = today();
        return seen == null || seen.isAfter(today) ? today : seen;
    }
}
