package org.zhengwu.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseView;

/**
 * One case as the engine stores it: the public {@link CaseView} and what it leaves out, the reason of a pending
 * extension request and the working days granted by extensions so far.
 */
public record CaseFile(CaseView view, String extensionReason, int extendedDays) {

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
                    closedAt, extensionRequested, from.version()), extensionReason, extendedDays);
        }
    }
}
