package org.zhengwu.supervision.internal.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhengwu.cases.WorkingDayCalendar;

/**
 * The yellow and red marks of a task and the progress reports it owes, from its deadline, its milestones, its last
 * status and its cycle: plain rules on plain data, so they can be told as sentences.
 */
public final class TaskMarks {

    /** Yellow when the deadline is this many working days away or fewer. */
    public static final int YELLOW_DEADLINE_DAYS = 10;
    /** Yellow when an unfinished milestone is this many working days away or fewer. */
    public static final int YELLOW_MILESTONE_DAYS = 5;
    /** A period's progress report is due this many working days after the period's last day. */
    public static final int PROGRESS_DAYS = 5;

    private TaskMarks() {
    }

    /** The task's mark and why, in message keys with arguments. */
    public record Verdict(TaskMark mark, List<String> reasons, List<LocalDate> missingPeriods) {
    }

    public static Verdict of(SupervisedTask t, List<SupervisedTask.Progress> progress, WorkingDayCalendar calendar,
                             LocalDate today) {
        List<LocalDate> missing = missing(t, progress, calendar, today);
        if (t.state() != TaskState.IN_PROGRESS) {
            return new Verdict(TaskMark.DONE, List.of(), missing);
        }
        List<String> red = new ArrayList<>();
        List<String> yellow = new ArrayList<>();
        if (today.isAfter(t.deadline())) {
            red.add("tasks.why.overdue");
        } else if (calendar.workingDaysBetween(today, t.deadline()) <= YELLOW_DEADLINE_DAYS) {
            yellow.add("tasks.why.deadline-near");
        }
        for (SupervisedTask.Milestone m : t.milestones()) {
            if (m.doneOn() != null) {
                continue;
            }
            if (today.isAfter(m.dueOn())) {
                red.add("tasks.why.milestone-overdue");
            } else if (calendar.workingDaysBetween(today, m.dueOn()) <= YELLOW_MILESTONE_DAYS) {
                yellow.add("tasks.why.milestone-near");
            }
        }
        if (t.status() == TaskStatus.LAGGING) {
            yellow.add("tasks.why.lagging");
        }
        if (!missing.isEmpty()) {
            yellow.add("tasks.why.report-missing");
        }
        if (!red.isEmpty()) {
            return new Verdict(TaskMark.RED, distinct(red), missing);
        }
        return new Verdict(yellow.isEmpty() ? TaskMark.GREEN : TaskMark.YELLOW, distinct(yellow), missing);
    }

    /** The periods (by first day) whose report was due before today and never came. */
    static List<LocalDate> missing(SupervisedTask t, List<SupervisedTask.Progress> progress, WorkingDayCalendar calendar,
                                   LocalDate today) {
        Set<LocalDate> reported = progress.stream().map(SupervisedTask.Progress::periodStart).collect(Collectors.toSet());
        List<LocalDate> missing = new ArrayList<>();
        LocalDate end = t.doneOn() != null ? t.doneOn() : today;
        for (LocalDate p = t.firstPeriod(); !p.isAfter(end); p = t.cycle().next(p)) {
            if (!reported.contains(p) && today.isAfter(due(t, p, calendar)) && t.open()) {
                missing.add(p);
            }
        }
        return missing;
    }

    /** The day a period's progress report is due. */
    public static LocalDate due(SupervisedTask t, LocalDate periodStart, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(t.cycle().periodEnd(periodStart), PROGRESS_DAYS);
    }

    /** The period a new progress report is for: the earliest one begun without a report. */
    static LocalDate nextPeriod(SupervisedTask t, List<SupervisedTask.Progress> progress, LocalDate today) {
        Set<LocalDate> reported = progress.stream().map(SupervisedTask.Progress::periodStart).collect(Collectors.toSet());
        LocalDate current = t.cycle().periodStart(today);
        for (LocalDate p = t.firstPeriod(); !p.isAfter(current); p = t.cycle().next(p)) {
            if (!reported.contains(p)) {
                return p;
            }
        }
        return null;
    }

    private static List<String> distinct(List<String> keys) {
        return keys.stream().distinct().toList();
    }
}
