package org.zhengwu.supervision.internal.investment;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.supervision.CodedReportForms;
import org.zhengwu.supervision.ReportCycle;
import org.zhengwu.supervision.ReportField;
import org.zhengwu.supervision.ReportFormSpec;

/**
 * 招商引资项目月报, the units' monthly investment report declared in code: the supervisor assigns it to the units
 * with projects, and the reporting mechanism gives each unit its case per month, due five working days after the
 * month, with reminders, 逾期 and 退回. The figures per project are entered on the projects themselves (ADR 0017: a
 * report form has fixed fields per unit and cannot hold a varying list of projects); the report carries the unit's
 * totals of the month and its explanation, checked by the supervisor against the dashboard.
 */
@Component
class InvestmentReportForm implements CodedReportForms {

    static final String CODE = "investment-monthly";

    @Override
    public List<ReportFormSpec> reportForms() {
        return List.of(new ReportFormSpec(CODE, "招商引资项目月报", ReportCycle.MONTHLY, 5, List.of(
                ReportField.number("signed", "本月新签约项目（个）", true, 0, 10000),
                ReportField.amount("contracted", "本月合同引资（万元）", true),
                ReportField.amount("in-place", "本月到位资金（万元）", true),
                ReportField.number("started", "本月新开工项目（个）", true, 0, 10000),
                ReportField.text("note", "项目进展和存在问题", false))));
    }
}
