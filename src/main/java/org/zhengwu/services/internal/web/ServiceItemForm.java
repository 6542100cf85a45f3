package org.zhengwu.services.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.services.Audience;
import org.zhengwu.services.Fee;
import org.zhengwu.services.LifeEvent;
import org.zhengwu.services.Material;
import org.zhengwu.services.ServiceGuide;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceKind;

/**
 * The item form as typed: lists of lines as text areas (one per line), materials and fees as rows of fields of the
 * same names (a row whose name is empty is not a row). What cannot be read refuses with the field's own message.
 */
public record ServiceItemForm(String code, String name, String unitId, String kind, List<String> audiences,
                              List<String> themes, String legalBasis, String conditions, String steps,
                              String statutoryDays, String promisedDays, String free, String place, String hours,
                              String consultationPhone, String complaintPhone, String resultName, String resultSample,
                              String onlineApplication, String visits, List<String> materialName,
                              List<String> materialForm, List<String> materialCopies, List<String> materialMedium,
                              List<String> materialRequired, List<String> materialCondition,
                              List<String> materialBlankForm, List<String> materialSample, List<String> feeName,
                              List<String> feeAmount, List<String> feeBasis) {

    /** Empty rows offered under the filled ones, for new materials and fees. */
    static final int SPARE_ROWS = 2;

    public ServiceItemForm {
        audiences = list(audiences);
        themes = list(themes);
        materialName = list(materialName);
        materialForm = list(materialForm);
        materialCopies = list(materialCopies);
        materialMedium = list(materialMedium);
        materialRequired = list(materialRequired);
        materialCondition = list(materialCondition);
        materialBlankForm = list(materialBlankForm);
        materialSample = list(materialSample);
        feeName = list(feeName);
        feeAmount = list(feeAmount);
        feeBasis = list(feeBasis);
    }

    static ServiceItemForm empty(Long unitId) {
        return new ServiceItemForm("", "", unitId == null ? "" : String.valueOf(unitId), "", List.of(), List.of(), "", "",
                "", "", "", "true", "", "", "", "", "", "", "false", "1", null, null, null, null, null, null, null, null,
                null, null, null);
    }

    static ServiceItemForm of(ServiceItem item) {
        ServiceGuide g = item.guide();
        List<Material> m = g.materials();
        List<Fee> f = g.fees();
        return new ServiceItemForm(g.code(), g.name(), String.valueOf(g.unitId()), g.kind().name(),
                g.audiences().stream().map(Enum::name).toList(), g.themes().stream().map(Enum::name).toList(),
                String.join("\n", g.legalBasis()), String.join("\n", g.conditions()), String.join("\n", g.steps()),
                number(g.statutoryDays()), number(g.promisedDays()), String.valueOf(g.freeOfCharge()), g.place(),
                g.hours(), g.consultationPhone(), g.complaintPhone(), g.resultName(), g.resultSample(),
                String.valueOf(g.onlineApplication()), String.valueOf(g.visits()),
                m.stream().map(Material::name).toList(), m.stream().map(x -> x.form().name()).toList(),
                m.stream().map(x -> String.valueOf(x.copies())).toList(), m.stream().map(x -> x.medium().name()).toList(),
                m.stream().map(x -> String.valueOf(x.required())).toList(), m.stream().map(Material::neededWhen).toList(),
                m.stream().map(Material::blankForm).toList(), m.stream().map(Material::sample).toList(),
                f.stream().map(Fee::name).toList(), f.stream().map(x -> x.amount().toPlainString()).toList(),
                f.stream().map(Fee::basis).toList());
    }

    /** How many material rows the form shows: the filled ones and {@link #SPARE_ROWS} empty ones. */
    public int materialRows() {
        return materialName.size() + SPARE_ROWS;
    }

    public int feeRows() {
        return feeName.size() + SPARE_ROWS;
    }

    /** The value of row {@code i} of a row field, empty beyond what was typed. */
    public static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    /** The guide typed, for the service's rules; a number or choice that cannot be read is refused here. */
    ServiceGuide guide() {
        if (unitId == null || unitId.isBlank()) {
            throw new RuleViolation("service.unitId.required");
        }
        long unit = parse(unitId, "service.unitId.required");
        ServiceKind k = kind == null || kind.isBlank() ? null : choice(ServiceKind.class, kind, "service.kind.required");
        Set<Audience> who = choices(Audience.class, audiences, "service.audiences.unknown");
        Set<LifeEvent> life = choices(LifeEvent.class, themes, "service.themes.unknown");
        return new ServiceGuide(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT), name, unit, k, who,
                life, lines(legalBasis), lines(conditions), materials(), lines(steps),
                days(statutoryDays, "service.statutoryDays.number"), days(promisedDays, "service.promisedDays.number"),
                "true".equals(free), fees(), place, hours, consultationPhone, complaintPhone, resultName, resultSample,
                "true".equals(onlineApplication),
                (int) parse(visits == null || visits.isBlank() ? "0" : visits, "service.visits.number"));
    }

    private List<Material> materials() {
        List<Material> out = new ArrayList<>();
        for (int i = 0; i < materialName.size(); i++) {
            if (at(materialName, i).isBlank()) {
                continue;
            }
            int n = out.size() + 1;
            out.add(new Material(at(materialName, i),
                    choice(Material.Form.class, at(materialForm, i), "service.materials.kind", n),
                    (int) parse(at(materialCopies, i).isBlank() ? "1" : at(materialCopies, i), "service.materials.copies", n),
                    choice(Material.Medium.class, at(materialMedium, i), "service.materials.kind", n),
                    !"false".equals(at(materialRequired, i)), at(materialCondition, i), at(materialBlankForm, i),
                    at(materialSample, i)));
        }
        return out;
    }

    private List<Fee> fees() {
        List<Fee> out = new ArrayList<>();
        for (int i = 0; i < feeName.size(); i++) {
            if (at(feeName, i).isBlank() && at(feeAmount, i).isBlank() && at(feeBasis, i).isBlank()) {
                continue;
            }
            int n = out.size() + 1;
            BigDecimal amount;
            try {
                amount = new BigDecimal(at(feeAmount, i).strip());
            } catch (NumberFormatException e) {
                throw new RuleViolation("service.fees.amount", n);
            }
            out.add(new Fee(at(feeName, i), amount, at(feeBasis, i)));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer days(String s, String key) {
        return s == null || s.isBlank() ? null : (int) parse(s, key);
    }

    private static long parse(String s, String key, Object... args) {
        try {
            long v = Long.parseLong(s.strip());
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new RuleViolation(key, args);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new RuleViolation(key, args);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String key, Object... args) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(key, args);
        }
    }

    private static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String key) {
        return values.stream().filter(v -> !v.isBlank()).map(v -> choice(type, v, key))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    private static String number(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }
}
