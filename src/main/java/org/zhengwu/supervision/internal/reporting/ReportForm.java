package org.zhengwu.supervision.internal.reporting;

import java.util.Optional;
import org.zhengwu.supervision.ReportField;
import org.zhengwu.supervision.ReportFormSpec;

/** A stored report form: its id, its definition, and whether a feature declared it in code. */
public record ReportForm(long id, ReportFormSpec spec, boolean inCode) {

    public Optional<ReportField> field(String key) {
        return spec.fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public String name() {
        return spec.name();
    }
}
