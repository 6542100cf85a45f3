package org.zhengwu.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Sample investment projects for the demo city, written as the system (no staff member acts): a unit's annual
 * targets, a project at its first stage, its later stages and its months. Checks are the demo author's job.
 */
public interface SampleProjects {

    void target(long unitId, int year, int signedProjects, BigDecimal contracted, BigDecimal inPlace,
                int startedProjects);

    /** @param source 省外, 境外 or 省内; @param stage 线索, 洽谈, 签约, 注册, 开工 or 投产 */
    long project(long unitId, String name, String investor, String industry, String source, BigDecimal amount,
                 String leader, String stage, LocalDate on, String evidence);

    void stage(long projectId, String stage, LocalDate on, String evidence);

    void month(long projectId, YearMonth month, BigDecimal contracted, BigDecimal inPlace);
}
