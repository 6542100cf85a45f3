package org.zhengwu.petitions.internal;

import java.util.EnumSet;
import java.util.Set;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.TimeLimit;

/**
 * The statutory flow of a petition (信访工作条例 2022) in one place, in calendar days throughout:
 *
 * <pre>
 * REGISTERED 登记 ─(handling unit named)→ DECIDING 待受理 (15 days)
 * DECIDING ─ACCEPT→ HANDLING 办理中 (60 days; extendable once by up to 30 with approval)
 * DECIDING ─DECLINE→ NOT_ACCEPTED 不予受理 (closed; the petitioner told)
 * HANDLING ─ANSWER→ ANSWERED 已答复 (closed; a late answer stays overdue)
 * ANSWERED ─REQUEST_REVIEW (within 30 days)→ REVIEWING 复查中 (30 days, by the level above)
 * REVIEWING ─REVIEW_OPINION→ REVIEWED 已复查
 * REVIEWED ─REQUEST_REEXAMINATION (within 30 days)→ REEXAMINING 复核中 (30 days)
 * REEXAMINING ─REEXAMINATION_OPINION→ REEXAMINED 已复核 (终结: the matter is not taken up again)
 * ANSWERED, REVIEWED ─CONCLUDE→ CONCLUDED 办结
 * DECIDING ─(linked as a repeat of an earlier petition)→ MERGED 已并入原件 (closed; counted as a repeat)
 * </pre>
 *
 * Each step writes its paper (a notice to the petitioner, the petitioner's request, the conclusion). The engine refuses any move this flow does not list.
 */
public final class PetitionFlow {

    /** The case type's code on the engine. */
    public static final String TYPE = "petition";

    /** Days to decide on acceptance, to handle, to review, to re-examine; and the longest extension, once. */
    public static final TimeLimit DECIDE = TimeLimit.calendarDays(15);
    public static final TimeLimit HANDLE = TimeLimit.calendarDays(60);
    public static final TimeLimit REVIEW = TimeLimit.calendarDays(30);
    public static final TimeLimit REEXAMINE = TimeLimit.calendarDays(30);
    public static final int MAX_EXTENSION_DAYS = 30;
    /** Days after an answer or a review opinion within which the petitioner may ask for the next level. */
    public static final int REQUEST_WITHIN_DAYS = 30;
    /** Five or more petitioners: 集体访. */
    public static final int COLLECTIVE_FROM = 5;

    public enum State {
        REGISTERED(CasePhase.UNASSIGNED), DECIDING(CasePhase.OPEN), NOT_ACCEPTED(CasePhase.CLOSED),
        HANDLING(CasePhase.OPEN), ANSWERED(CasePhase.CLOSED), REVIEWING(CasePhase.OPEN), REVIEWED(CasePhase.CLOSED),
        REEXAMINING(CasePhase.OPEN), REEXAMINED(CasePhase.CLOSED), CONCLUDED(CasePhase.CLOSED),
        MERGED(CasePhase.CLOSED);

        public final CasePhase phase;

        State(CasePhase phase) {
            this.phase = phase;
        }

        public String labelKey() {
            return "petitions.state." + name();
        }
    }

    /** Who takes a step. */
    public enum Actor {
        /** The handling unit's 办件人 or 单位审核人. */
        HANDLING_UNIT,
        /** The handling unit's staff or the petition office. */
        UNIT_OR_OFFICE,
        /** The petition office (信访工作人员). */
        OFFICE,
        /** The reviewing unit (the level above) or the petition office. */
        REVIEWER
    }

    /**
     * The paper of a step: what the petitioner is told (受理/不予受理告知, 答复, 复查/复核意见) or what they asked
     * (复查/复核请求) and why the office concluded. Kept with the petition, never in the engine's history, which the
     * engine's own pages show more widely.
     */
    public enum Notice {
        ACCEPTANCE, REFUSAL, ANSWER, REVIEW, REEXAMINATION, REVIEW_REQUEST, REEXAMINATION_REQUEST, CONCLUSION
    }

    /**
     * A step of the flow: from which states, to which, with which new limit (null: none), who takes it, and the paper
     * it writes.
     */
    public enum Step {
        ACCEPT(EnumSet.of(State.DECIDING), State.HANDLING, HANDLE, Actor.UNIT_OR_OFFICE, Notice.ACCEPTANCE),
        DECLINE(EnumSet.of(State.DECIDING), State.NOT_ACCEPTED, null, Actor.UNIT_OR_OFFICE, Notice.REFUSAL),
        ANSWER(EnumSet.of(State.HANDLING), State.ANSWERED, null, Actor.HANDLING_UNIT, Notice.ANSWER),
        REQUEST_REVIEW(EnumSet.of(State.ANSWERED), State.REVIEWING, REVIEW, Actor.OFFICE, Notice.REVIEW_REQUEST),
        REVIEW_OPINION(EnumSet.of(State.REVIEWING), State.REVIEWED, null, Actor.REVIEWER, Notice.REVIEW),
        REQUEST_REEXAMINATION(EnumSet.of(State.REVIEWED), State.REEXAMINING, REEXAMINE, Actor.OFFICE,
                Notice.REEXAMINATION_REQUEST),
        REEXAMINATION_OPINION(EnumSet.of(State.REEXAMINING), State.REEXAMINED, null, Actor.REVIEWER,
                Notice.REEXAMINATION),
        CONCLUDE(EnumSet.of(State.ANSWERED, State.REVIEWED), State.CONCLUDED, null, Actor.OFFICE, Notice.CONCLUSION);

        public final Set<State> from;
        public final State to;
        public final TimeLimit limit;
        public final Actor actor;
        public final Notice notice;

        Step(Set<State> from, State to, TimeLimit limit, Actor actor, Notice notice) {
            this.from = from;
            this.to = to;
            this.limit = limit;
            this.actor = actor;
            this.notice = notice;
        }

        public boolean allowedFrom(State state) {
            return from.contains(state);
        }

        /** Whether the step names the level above that reviews. */
        public boolean namesReviewer() {
            return this == REQUEST_REVIEW || this == REQUEST_REEXAMINATION;
        }

        public String labelKey() {
            return "petitions.step." + name();
        }
    }

    /** The flow as the engine checks it. */
    public static final CaseFlow FLOW = build();

    private PetitionFlow() {
    }

    private static CaseFlow build() {
        CaseFlow.Builder b = CaseFlow.builder("petitions.state");
        for (State s : State.values()) {
            b.state(s.name(), s.phase);
        }
        b.move(State.REGISTERED.name(), State.DECIDING.name());
        b.move(State.DECIDING.name(), State.MERGED.name());
        for (Step step : Step.values()) {
            for (State from : step.from) {
                b.move(from.name(), step.to.name());
            }
        }
        return b.build();
    }
}
