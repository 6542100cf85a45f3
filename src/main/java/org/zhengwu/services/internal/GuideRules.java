package org.zhengwu.services.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.services.Fee;
import org.zhengwu.services.Material;
import org.zhengwu.services.ServiceGuide;

/**
 * What a guide must be to be stored at all, complete or not: a code of the catalogue's form, a name, a kind, time
 * limits that make sense (the promised limit no longer than the statutory one), materials and fees that say what
 * they are. Each refusal names its field ({@code service.FIELD.…}) so the form can show it there.
 */
public final class GuideRules {

    /** 事项编码: capital letters, digits and hyphens, starting with a letter or digit, 4 to 40 characters. */
    public static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9A-Z-]{3,39}");
    public static final int MAX_NAME = 100;
    public static final int MAX_LINE = 1000;
    public static final int MAX_TEXT = 200;
    public static final int MAX_DAYS = 3650;
    public static final int MAX_VISITS = 20;
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 ()（）-]{2,39}");
    private static final Pattern LINK = Pattern.compile("(/|https?://)[^\\s<>\"']{1,490}");

    private GuideRules() {
    }

    public static void check(ServiceGuide g) {
        if (g.code().isEmpty()) {
            throw new RuleViolation("service.code.required");
        }
        if (!CODE.matcher(g.code()).matches()) {
            throw new RuleViolation("service.code.format", g.code());
        }
        if (g.name().isEmpty()) {
            throw new RuleViolation("service.name.required");
        }
        if (g.name().length() > MAX_NAME) {
            throw new RuleViolation("service.name.length", MAX_NAME);
        }
        if (g.kind() == null) {
            throw new RuleViolation("service.kind.required");
        }
        days("statutoryDays", g.statutoryDays());
        days("promisedDays", g.promisedDays());
        if (g.statutoryDays() != null && g.promisedDays() != null && g.promisedDays() > g.statutoryDays()) {
            throw new RuleViolation("service.promisedDays.exceeds", g.promisedDays(), g.statutoryDays());
        }
        if (g.visits() < 0 || g.visits() > MAX_VISITS) {
            throw new RuleViolation("service.visits.range", MAX_VISITS);
        }
        lines("legalBasis", g.legalBasis());
        lines("conditions", g.conditions());
        lines("steps", g.steps());
        text("place", g.place(), MAX_TEXT);
        text("hours", g.hours(), MAX_TEXT);
        phone("consultationPhone", g.consultationPhone());
        phone("complaintPhone", g.complaintPhone());
        text("resultName", g.resultName(), MAX_NAME);
        link("resultSample", g.resultSample());
        for (int i = 0; i < g.materials().size(); i++) {
            material(i + 1, g.materials().get(i));
        }
        if (g.freeOfCharge() && !g.fees().isEmpty()) {
            throw new RuleViolation("service.fee.free");
        }
        for (int i = 0; i < g.fees().size(); i++) {
            fee(i + 1, g.fees().get(i));
        }
    }

    private static void days(String field, Integer days) {
        if (days != null && (days < 0 || days > MAX_DAYS)) {
            throw new RuleViolation("service." + field + ".range", MAX_DAYS);
        }
    }

    private static void lines(String field, List<String> lines) {
        for (String line : lines) {
            if (line.length() > MAX_LINE) {
                throw new RuleViolation("service." + field + ".length", MAX_LINE);
            }
        }
    }

    private static void text(String field, String text, int max) {
        if (text.length() > max) {
            throw new RuleViolation("service." + field + ".length", max);
        }
    }

    private static void phone(String field, String phone) {
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new RuleViolation("service." + field + ".format", phone);
        }
    }

    private static void link(String field, String link) {
        if (!link.isEmpty() && !LINK.matcher(link).matches()) {
            throw new RuleViolation("service." + field + ".format");
        }
    }

    private static void material(int n, Material m) {
        if (m.name().isEmpty()) {
            throw new RuleViolation("service.materials.name", n);
        }
        if (m.name().length() > MAX_TEXT) {
            throw new RuleViolation("service.materials.length", n, MAX_TEXT);
        }
        if (m.form() == null || m.medium() == null) {
            throw new RuleViolation("service.materials.kind", n);
        }
        if (m.copies() < 1 || m.copies() > 99) {
            throw new RuleViolation("service.materials.copies", n);
        }
        if (!m.required() && m.neededWhen().isEmpty()) {
            throw new RuleViolation("service.materials.condition", n, m.name());
        }
        if (m.neededWhen().length() > MAX_TEXT * 3 / 2) {
            throw new RuleViolation("service.materials.length", n, MAX_TEXT * 3 / 2);
        }
        if (!m.blankForm().isEmpty() && !LINK.matcher(m.blankForm()).matches()
                || !m.sample().isEmpty() && !LINK.matcher(m.sample()).matches()) {
            throw new RuleViolation("service.materials.link", n);
        }
    }

    private static void fee(int n, Fee f) {
        if (f.name().isEmpty()) {
            throw new RuleViolation("service.fees.name", n);
        }
        if (f.amount() == null || f.amount().signum() < 0 || f.amount().compareTo(new BigDecimal("9999999999")) > 0
                || f.amount().scale() > 2) {
            throw new RuleViolation("service.fees.amount", n);
        }
        if (f.basis().isEmpty()) {
            throw new RuleViolation("service.fees.basis", n, f.name());
        }
        if (f.name().length() > MAX_TEXT || f.basis().length() > MAX_TEXT) {
            throw new RuleViolation("service.fees.length", n, MAX_TEXT);
        }
    }
}
