package org.zhengwu.supervision.internal.tasks;

import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;

/** Supervised tasks (督办事项) on the case engine: type {@code supervised-task}, reminded five working days ahead. */
@Component
public class SupervisedTaskType implements CaseType {

    public static final String CODE = "supervised-task";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "tasks.case.type";
    }

    @Override
    public CaseFlow flow() {
        return TaskState.FLOW;
    }

    @Override
    public int remindWorkingDaysBefore() {
        return 5;
    }

    /** The reference of a task's case is its number. */
    @Override
    public String consolePath(CaseView c) {
        return "/admin/supervision/tasks/number/" + c.reference();
    }
}
