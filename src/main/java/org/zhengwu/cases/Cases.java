package org.zhengwu.cases;

import java.util.List;
import java.util.Optional;

/**
 * The case engine as other modules use it. Every method joins the caller's transaction, so a module's own change
 * (a letter's answer) and the case's step commit together or not at all; each step is written to the case's history
 * and to the audit log. A refused step is a {@link org.zhengwu.platform.RuleViolation} (keys {@code cases.*}) or an
 * {@link org.springframework.security.access.AccessDeniedException}; nothing has been changed when it is thrown.
 *
 * <p>Who may do what: {@link #assign} the dispatcher (互动分办员) or the system; {@link #transfer} the dispatcher, or the
 * owning unit's 办件人 or 单位审核人; {@link #returnToDispatcher} and {@link #requestExtension} the owning unit's
 * 办件人 or 单位审核人; {@link #decideExtension} a supervisor (监督员). {@link #open}, {@link #move} and
 * {@link #setHandler} trust the owning module, whose own commands have checked the caller (a citizen's rating moves a
 * letter too).
 */
public interface Cases {

    /** Opens a case in its flow's first state; returns its id. */
    long open(NewCase c);

    /** Gives an unassigned case to a unit: the deadline is {@code workingDays} working days after today. */
    CaseView assign(long caseId, long unitId, int workingDays, CaseStep step);

    /** Moves a case along its flow. Entering a closed state records the closing time; leaving it reopens the case. */
    CaseView move(long caseId, CaseStep step);

    /** Names the staff member who handles it (an account of the owning unit), or null for nobody. */
    CaseView setHandler(long caseId, Long accountId);

    /**
     * Hands an open case to another unit, with a reason. The new unit gets {@code workingDays} from today, or keeps
     * the deadline when null.
     */
    CaseView transfer(long caseId, long toUnitId, String reason, Integer workingDays);

    /** "Not ours" (退回): the case goes back to the dispatcher, unassigned, in the given state of its flow. */
    CaseView returnToDispatcher(long caseId, String reason, String toState);

    /** Asks for more working days; one request may be pending at a time. */
    CaseView requestExtension(long caseId, int workingDays, String reason);

    /** A supervisor approves (the deadline moves by the requested working days) or refuses, with a reason. */
    CaseView decideExtension(long caseId, boolean approve, String reason);

    Optional<CaseView> find(long caseId);

    Optional<CaseView> findByReference(String typeCode, String reference);

    /** The case's history, oldest first. */
    List<CaseEvent> history(long caseId);
}
