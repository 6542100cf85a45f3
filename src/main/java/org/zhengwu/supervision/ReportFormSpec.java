package org.zhengwu.supervision;

import java.util.List;

/**
 * A periodic report form (报表): its fields with their rules, how often it is due and how many working days after
 * each period the units have to submit it. The supervisor defines forms in the console; a feature defines its own in
 * code through {@link CodedReportForms} (the investment projects' monthly update, the stations' monthly report).
 *
 * @param code         short and stable, lower-case: {@code station-monthly}
 * @param deadlineDays working days after the period's last day by which a unit submits (1–30)
 */
public record ReportFormSpec(String code, String name, ReportCycle cycle, int deadlineDays, List<ReportField> fields) {

    public ReportFormSpec {
        fields = List.copyOf(fields);
    }
}
