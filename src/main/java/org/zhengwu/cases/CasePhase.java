package org.zhengwu.cases;

/** Where a case stands as the engine sees it, whatever its type calls its states. */
public enum CasePhase {
    /** With the dispatcher, not yet (or no longer) owned by a unit: no deadline runs. */
    UNASSIGNED,
    /** Owned by a unit: the deadline runs, reminders and overdue warnings go out. */
    OPEN,
    /** Done (answered, approved, finished): the time taken is fixed; a type may allow reopening. */
    CLOSED
}
