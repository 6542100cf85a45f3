package org.zhengwu.supervision.internal.reporting;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * The list of reports a person works on: a unit's staff their unit's (those to submit first), the supervisors the
 * reports waiting for their decision; and the counts for the console's to-do list.
 */
@Service
public class ReportQueue {

    static final int LIMIT = 200;

    private final SubmissionStore submissions;
    private final UnitScope scope;

    ReportQueue(SubmissionStore submissions, UnitScope scope) {
        this.submissions = submissions;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public List<Submission> mine() {
        StaffPrincipal p = scope.staff();
        if (p.role() == StaffRole.SUPERVISOR) {
            return submissions.waitingForSupervisorList(LIMIT);
        }
        if (p.unitId() == null || !ReportDesk.fills(p.role())) {
            throw new AccessDeniedException("reports are the units' and the supervisors' work");
        }
        return submissions.ofUnit(p.unitId(), LIMIT);
    }

    /** Reports waiting on the person: the unit's to submit, or the supervisors' to decide. */
    @Transactional(readOnly = true)
    public long waitingFor(StaffPrincipal p) {
        if (p.role() == StaffRole.SUPERVISOR) {
            return submissions.waitingForSupervisor();
        }
        return p.unitId() != null && ReportDesk.fills(p.role()) ? submissions.waitingOn(p.unitId()) : 0;
    }
}
