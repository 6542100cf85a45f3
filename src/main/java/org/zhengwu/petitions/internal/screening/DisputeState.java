package org.zhengwu.petitions.internal.screening;

/** Where a dispute stands: 已化解, 化解中, 稳控中. Label {@code petition.screening.state.NAME}. */
public enum DisputeState {
    RESOLVED, RESOLVING, CONTROLLED
}
