package org.zhengwu.supervision.internal.investment;

/** Where the investment comes from: 省外, 境外, 省内; label key {@code investment.source.NAME}. */
public enum Source {
    OUT_OF_PROVINCE, OVERSEAS, IN_PROVINCE
}
