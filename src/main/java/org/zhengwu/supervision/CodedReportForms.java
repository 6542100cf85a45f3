package org.zhengwu.supervision;

import java.util.List;

/**
 * A feature's own report forms, declared in code: every bean of this type is read at start-up and its forms are
 * created, or brought up to date by code, in the reporting mechanism, where the supervisor assigns them to units
 * like any other form. A form declared in code cannot be edited in the console.
 */
public interface CodedReportForms {

    List<ReportFormSpec> reportForms();
}
