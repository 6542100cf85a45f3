package org.zhengwu.petitions.internal.screening;

/** A dispute's risk (风险等级): 高, 中, 低. Label {@code petition.screening.risk.NAME}. */
public enum Risk {
    HIGH, MEDIUM, LOW
}
