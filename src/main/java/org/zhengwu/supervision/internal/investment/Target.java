package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;

/** A unit's annual targets: signed projects, 合同引资 and 到位资金 in 万元, started projects. */
public record Target(long unitId, int year, int signedProjects, BigDecimal contracted, BigDecimal inPlace,
                     int startedProjects) {
}
