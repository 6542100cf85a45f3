package org.zhengwu.services.internal.web;

import java.math.BigDecimal;
import java.util.List;
import org.zhengwu.services.Audience;
import org.zhengwu.services.Fee;
import org.zhengwu.services.LifeEvent;
import org.zhengwu.services.Material;
import org.zhengwu.services.ServiceGuide;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceKind;
import org.zhengwu.sites.Unit;

/**
 * One item as other systems read it ({@code /api/v1/service-items}): every element of the guide under a stable
 * English key; enums by their constant names, with the Chinese name beside the kind. Never the console's own data.
 * The same lines are what {@code import-services} reads.
 */
record GuideJson(String code, String name, UnitJson unit, String kind, String kindName, List<String> audiences,
                 List<String> themes, List<String> legalBasis, List<String> conditions, List<MaterialJson> materials,
                 List<String> steps, TimeLimits timeLimits, Fees fees, String place, String hours, Phones phones,
                 Result result, boolean onlineApplication, int visits, String updatedAt, String url) {

    static GuideJson of(ServiceItem item, Unit unit, String kindName, String url) {
        ServiceGuide g = item.guide();
        return new GuideJson(g.code(), g.name(), new UnitJson(unit.id(), unit.code(), unit.name()), g.kind().name(),
                kindName, g.audiences().stream().map(Enum::name).toList(), g.themes().stream().map(Enum::name).toList(),
                g.legalBasis(), g.conditions(), g.materials().stream().map(MaterialJson::of).toList(), g.steps(),
                new TimeLimits(g.statutoryDays(), g.promisedDays()),
                new Fees(g.freeOfCharge(), g.fees().stream().map(FeeJson::of).toList()), g.place(), g.hours(),
                new Phones(g.consultationPhone(), g.complaintPhone()), new Result(g.resultName(), g.resultSample()),
                g.onlineApplication(), g.visits(), item.updatedAt().withNano(0).toString(), url);
    }

    /**
     * The guide this JSON describes, for the unit it names on this installation (ids differ between installations;
     * the unit is found by its code). Throws IllegalArgumentException for a kind, audience, theme, form or medium
     * that is not one of the constants.
     */
    ServiceGuide toGuide(long unitId) {
        return new ServiceGuide(code, name, unitId, ServiceKind.valueOf(kind),
                names(audiences, Audience.class), names(themes, LifeEvent.class), orEmpty(legalBasis),
                orEmpty(conditions), orEmpty(materials).stream().map(MaterialJson::toMaterial).toList(), orEmpty(steps),
                timeLimits == null ? null : timeLimits.statutoryWorkingDays(),
                timeLimits == null ? null : timeLimits.promisedWorkingDays(), fees != null && fees.free(),
                fees == null ? List.of() : orEmpty(fees.items()).stream().map(f -> new Fee(f.name(), f.amount(), f.basis())).toList(),
                place, hours, phones == null ? "" : phones.consultation(), phones == null ? "" : phones.complaint(),
                result == null ? "" : result.name(), result == null ? "" : result.sample(), onlineApplication, visits);
    }

    private static <E extends Enum<E>> java.util.Set<E> names(List<String> names, Class<E> type) {
        java.util.Set<E> out = java.util.EnumSet.noneOf(type);
        orEmpty(names).forEach(n -> out.add(Enum.valueOf(type, n)));
        return out;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record UnitJson(long id, String code, String name) {
    }

    record MaterialJson(String name, String form, int copies, String medium, boolean required, String neededWhen,
                        String blankForm, String sample) {
        static MaterialJson of(Material m) {
            return new MaterialJson(m.name(), m.form().name(), m.copies(), m.medium().name(), m.required(),
                    m.neededWhen(), m.blankForm(), m.sample());
        }

        Material toMaterial() {
            return new Material(name, Material.Form.valueOf(form), copies, Material.Medium.valueOf(medium), required,
                    neededWhen, blankForm, sample);
        }
    }

    /** In working days. */
    record TimeLimits(Integer statutoryWorkingDays, Integer promisedWorkingDays) {
    }

    record Fees(boolean free, List<FeeJson> items) {
    }

    record FeeJson(String name, BigDecimal amount, String basis) {
        static FeeJson of(Fee f) {
            return new FeeJson(f.name(), f.amount(), f.basis());
        }
    }

    record Phones(String consultation, String complaint) {
    }

    record Result(String name, String sample) {
    }
}
