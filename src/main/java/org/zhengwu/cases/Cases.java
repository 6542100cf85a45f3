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
 * 办件人 or 单位审核人; {@link #decideExtension} a supervisor (监督员), or whom the type names ({@link CaseType#extensionDeciders()}). {@link #open}, {@link #move} and
 * {@link #setHandler} trust the owning module, whose own commands have checked the caller (a citizen's rating moves a
 * letter too).
 *
 * <p><b>Working days and calendar days.</b> A deadline is set in working days on the administrator's calendar, or
 * in calendar days (自然日, holidays counted) where the rules say so ({@link TimeLimit}: {@link #assign(long, long,
 * TimeLimit, CaseStep)}, {@link NewCase#calendarDays()}, {@link CaseStep#restart}). The case remembers the kind
 * ({@link CaseView#calendarDays()}); its extensions, transfers with new time and pauses count the same kind. Reminders
 * and escalation stay in working days, the days staff are at work.
 *
 * <p><b>Pausing (暂停计时).</b> {@link #pause} stops the clock of an open case for a kind its type names
 * ({@link CaseType#pauseKinds()}: 补正 {@code CORRECTION}, 中止 {@code SUSPENSION}) and a reason; {@link #resume}
 * starts it again and moves the deadline later by the working days the case spent paused: those after the pause day
 * up to and including the resume day (the pause day still counts against the case, the remaining days run from the
 * day after the resume; paused and resumed on the same day moves nothing). A paused case is not reminded, escalated
 * or counted overdue; it cannot be transferred, returned, or ask for an extension until resumed. Closing a paused
 * case ends the pause first. Both steps are in the history (the resume with the paused working days).
 * {@link #pause} and {@link #resume}: the owning unit's 办件人 or 单位审核人, or the system; {@link #resumeTrusted}
 * trusts the owning module, like {@link #move} (an applicant's 补正 answer resumes the case).
 *
 * <p><b>Joint review (会签).</b> {@link #startJointReview} asks several other units at once, each on a branch with
 * its own deadline (working days from today), by the owning unit's staff; {@link #answerJointReview} is one unit's
 * answer, by that unit's 办件人 or 单位审核人 (disagreeing needs a reason). {@link #jointReview} tells whether every
 * unit has answered and whether all agreed; it is the owning module that then moves the case. One joint review may
 * be open at a time. Waiting branches are reminded, warned and escalated by the deadline job like cases (notices to
 * the branch unit's staff, the supervisors for an escalation); while the case is paused they wait too, and resuming
 * moves their deadlines by the same working days. {@link #jointReviewQueue} is a unit's list of branches waiting on
 * it.
 */
public interface Cases {

    /** Opens a case in its flow's first state; returns its id. */
    long open(NewCase c);

    /** Gives an unassigned case to a unit: the deadline is {@code workingDays} working days after today. */
    default CaseView assign(long caseId, long unitId, int workingDays, CaseStep step) {
        return assign(caseId, unitId, TimeLimit.workingDays(workingDays), step);
    }

    /**
     * Gives an unassigned case to a unit with a limit in working or calendar days after today; the case's extensions,
     * transfers with new time and pauses then count the same kind of days.
     */
    CaseView assign(long caseId, long unitId, TimeLimit limit, CaseStep step);

    /** Moves a case along its flow. Entering a closed state records the closing time; leaving it reopens the case. */
    CaseView move(long caseId, CaseStep step);

    /** Names the staff member who handles it (an account of the owning unit), or null for nobody. */
    CaseView setHandler(long caseId, Long accountId);

    /**
     * Hands an open case to another unit, with a reason. The new unit gets {@code workingDays} from today (calendar
     * days when the case counts them), or keeps the deadline when null.
     */
    CaseView transfer(long caseId, long toUnitId, String reason, Integer workingDays);

    /** "Not ours" (退回): the case goes back to the dispatcher, unassigned, in the given state of its flow. */
    CaseView returnToDispatcher(long caseId, String reason, String toState);

    /** Asks for more days (calendar days when the case counts them); one request may be pending at a time. */
    CaseView requestExtension(long caseId, int workingDays, String reason);

    /** A supervisor approves (the deadline moves by the requested days) or refuses, with a reason. */
    CaseView decideExtension(long caseId, boolean approve, String reason);

    /** Stops the clock of an open case, for a kind its type names and a reason (see above). */
    CaseView pause(long caseId, String kind, String reason);

    /** Starts the clock again; the deadline moves by the paused working days. The note may be empty. */
    CaseView resume(long caseId, String note);

    /** {@link #resume} for the owning module's own commands, which have checked the caller (the applicant). */
    CaseView resumeTrusted(long caseId, String note);

    /** Opens one branch per unit (other than the owner), each due {@code workingDays} working days after today. */
    JointReview startJointReview(long caseId, List<Long> unitIds, int workingDays, String note);

    /** One asked unit's answer on its branch of the open joint review; a reason is needed to disagree. */
    JointReview answerJointReview(long caseId, long unitId, boolean agree, String opinion);

    /** The case's latest joint review, if it has had one. */
    Optional<JointReview> jointReview(long caseId);

    /** The branches waiting on the signed-in 办件人's or 单位审核人's unit, in open cases, nearest deadline first. */
    List<JointReview.Waiting> jointReviewQueue();

    Optional<CaseView> find(long caseId);

    Optional<CaseView> findByReference(String typeCode, String reference);

    /** The case's history, oldest first. */
    List<CaseEvent> history(long caseId);
}
