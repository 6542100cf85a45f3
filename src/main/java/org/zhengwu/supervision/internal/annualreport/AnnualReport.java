package org.zhengwu.supervision.internal.annualreport;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.zhengwu.sites.Site;

/**
 * One site's annual report for a year: every field's value as stored (counts as digits, YES/NO, choices as their
 * codes), and when it was published (null while it is a draft). A published report shows what was published.
 */
public record AnnualReport(Site site, int year, Map<ReportField, String> values, OffsetDateTime publishedAt) {

    public AnnualReport {
        EnumMap<ReportField, String> copy = new EnumMap<>(ReportField.class);
        copy.putAll(values);
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean published() {
        return publishedAt != null;
    }

    public String raw(ReportField f) {
        return values.getOrDefault(f, "");
    }

    /**
     * The value as a reader sees it, with {@code label} giving a bundle text (key, args): 是 / 否, the innovation
     * boxes' names, the site type's name; an entered field left empty is "—" for numbers and empty otherwise.
     */
    public String shown(ReportField f, BiFunction<String, Object[], String> label) {
        String v = raw(f);
        if (v.isEmpty()) {
            return f.kind() == ReportField.Kind.COUNT || f.kind() == ReportField.Kind.DAYS ? "—" : "";
        }
        return switch (f.kind()) {
            case YES_NO -> label.apply("annual.yes-no." + v, new Object[0]);
            case CHOICES -> String.join("、", List.of(v.split(",")).stream()
                    .map(c -> label.apply("annual.innovation." + c, new Object[0])).toList());
            default -> f == ReportField.SITE_TYPE ? label.apply("annual.site-type." + v, new Object[0]) : v;
        };
    }
}
