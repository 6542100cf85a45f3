package org.zhengwu.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseView;

/**
 * One case as the engine stores it: the public {@link CaseView} and what it leaves out, the reason of a pending
 * extension request, the days granted by extensions so far and the days it spent paused so far (working days, or calendar days when the
 * case counts them).
 */
public record CaseFile(CaseView view, String extensionReason, int extendedDays, int pausedDays) {

    public CaseFile(CaseView view, String extensionReason, int extendedDays) {
        this(view, extensionReason, extendedDays, 0);
    }

    /** The longest time limit, transfer time or extension, in working days (about a year). */
    public static final int MAX_WORKING_DAYS = 250;
    /** The longest reason or note, in characters. */
    public static final int MAX_NOTE = 1000;

    public long id() {
        return view.id();
    }

    Draft draft() {
        return new Draft(this);
    }

    /** A copy to change field by field; {@link #done()} gives the next file with the same version. */
    static final class Draft {
        String state;
        CasePhase phase;
        Long ownerUnitId;
        Long handlerAccountId;
        LocalDate assignedOn;
        LocalDate deadline;
        OffsetDateTime closedAt;
        Integer extensionRequested;
        String extensionReason;
        int extendedDays;
        CaseView.Pause pause;
        int pausedDays;
        boolean calendarDays;
        private final CaseView from;

        private Draft(CaseFile f) {
            CaseView v = f.view();
            from = v;
            state = v.state();
            phase = v.phase();
            ownerUnitId = v.ownerUnitId();
            handlerAccountId = v.handlerAccountId();
            assignedOn = v.assignedOn();
            deadline = v.deadline();
            closedAt = v.closedAt();
            extensionRequested = v.extensionRequested();
            extensionReason = f.extensionReason();
            extendedDays = f.extendedDays();
            pause = v.pause();
            pausedDays = f.pausedDays();
            calendarDays = v.calendarDays();
        }

        /** Back with the dispatcher: no unit, no handler, no deadline, no pending request. */
        void unassign() {
            ownerUnitId = null;
            handlerAccountId = null;
            assignedOn = null;
            deadline = null;
            dropExtensionRequest();
        }

        void dropExtensionRequest() {
            extensionRequested = null;
            extensionReason = null;
        }

        CaseFile done() {
            return new CaseFile(new CaseView(from.id(), from.typeCode(), from.reference(), from.subject(),
                    from.category(), state, phase, ownerUnitId, handlerAccountId, from.openedAt(), assignedOn, deadline,
                    closedAt, extensionRequested, from.version(), pause, calendarDays), extensionReason, extendedDays, pausedDays);
        }
    }
}
