package org.zhengwu.supervision.internal.tasks;

import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CasePhase;

/**
 * A supervised task's states on the case engine, label key {@code tasks.state.NAME}.
 *
 * <pre>
 *  IN_PROGRESS ──lead unit reports 已办结──▶ DONE_REPORTED ──supervisor confirms──▶ COMPLETED
 *   ▲  │ 催办, 提级督办 (a line in the history)        │
 *   └──┘◀──────────── supervisor sends it back ───────┘
 * </pre>
 *
 * The case is open (its deadline runs, the engine reminds, warns and escalates) while IN_PROGRESS; reporting it done
 * closes it, so the time taken is the lead unit's.
 */
public enum TaskState {
    IN_PROGRESS, DONE_REPORTED, COMPLETED;

    static final CaseFlow FLOW = CaseFlow.builder("tasks.state")
            .state(IN_PROGRESS.name(), CasePhase.OPEN)
            .state(DONE_REPORTED.name(), CasePhase.CLOSED)
            .state(COMPLETED.name(), CasePhase.CLOSED)
            .move(IN_PROGRESS.name(), IN_PROGRESS.name(), DONE_REPORTED.name())
            .move(DONE_REPORTED.name(), COMPLETED.name(), IN_PROGRESS.name())
            .build();
}
