package org.zhengwu.services;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service item's guide (办事指南) as a unit writes it: every element its own field. Time limits are working days
 * (null: not yet given); {@code visits} is how often the applicant must come in person (0 零跑动, 1 最多跑一次, n 次).
 * Fees are empty when the item is {@code freeOfCharge}.
 */
public record ServiceGuide(String code, String name, long unitId, ServiceKind kind, Set<Audience> audiences,
                           Set<LifeEvent> themes, List<String> legalBasis, List<String> conditions,
                           List<Material> materials, List<String> steps, Integer statutoryDays, Integer promisedDays,
                           boolean freeOfCharge, List<Fee> fees, String place, String hours, String consultationPhone,
                           String complaintPhone, String resultName, String resultSample, boolean onlineApplication,
                           int visits) {

    public ServiceGuide {
        code = strip(code);
        name = strip(name);
        audiences = ordered(audiences);
        themes = ordered(themes);
        legalBasis = lines(legalBasis);
        conditions = lines(conditions);
        materials = List.copyOf(materials);
        steps = lines(steps);
        fees = List.copyOf(fees);
        place = strip(place);
        hours = strip(hours);
        consultationPhone = strip(consultationPhone);
        complaintPhone = strip(complaintPhone);
        resultName = strip(resultName);
        resultSample = strip(resultSample);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** In the order of the enum, so pages and JSON list them the same way every time. */
    private static <E extends Enum<E>> Set<E> ordered(Set<E> values) {
        return values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    private static List<String> lines(List<String> lines) {
        return lines.stream().map(ServiceGuide::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether it serves this audience. */
    public boolean serves(Audience audience) {
        return audiences.contains(audience);
    }
}
