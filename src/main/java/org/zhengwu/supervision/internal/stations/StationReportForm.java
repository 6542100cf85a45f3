package org.zhengwu.supervision.internal.stations;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.supervision.CodedReportForms;
import org.zhengwu.supervision.ReportCycle;
import org.zhengwu.supervision.ReportField;
import org.zhengwu.supervision.ReportFormSpec;

/**
 * 农村电商服务站点月报, declared in code: one report per operating station and month (a subject report of the
 * station's unit, {@code SubjectReports}), due five working days after the month, with reminders, 逾期 and 退回 as
 * every report. Amounts in 万元.
 */
@Component
class StationReportForm implements CodedReportForms {

    static final String CODE = "station-monthly";

    /** The figures in the order of the board and the export. */
    static final List<String> FIGURES = List.of("transactions", "sales", "parcels-in", "parcels-out", "farm-sales");

    @Override
    public List<ReportFormSpec> reportForms() {
        return List.of(new ReportFormSpec(CODE, "农村电商服务站点月报", ReportCycle.MONTHLY, 5, List.of(
                ReportField.number("transactions", "本月交易笔数（笔）", true, 0, 10_000_000),
                ReportField.amount("sales", "本月交易额（万元）", true),
                ReportField.number("parcels-in", "本月快递收件（件）", true, 0, 10_000_000),
                ReportField.number("parcels-out", "本月快递发件（件）", true, 0, 10_000_000),
                ReportField.amount("farm-sales", "本月农产品上行销售额（万元）", true),
                ReportField.text("note", "经营情况和存在问题", false))));
    }
}
