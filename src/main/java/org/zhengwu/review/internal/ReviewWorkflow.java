package org.zhengwu.review.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.review.GateVerdict;

/**
 * Where one content item stands in review: the whole state machine, in one place. Every step checks, refuses with a
 * readable reason ({@link RuleViolation}) and otherwise returns the next state with what to record and what to do;
 * it changes nothing itself, so the commands that run it decide about transactions, audit and events.
 *
 * <pre>
 *  DRAFT ──submit──▶ SUBMITTED(level 1) ──approve──▶ SUBMITTED(level 2) … ──approve at the last level──▶ APPROVED
 *    ▲                    │ return with a reason                                  publish time reached │ (or at once)
 *    │                    ▼                                                                           ▼
 *    └──save── RETURNED ──submit──▶ SUBMITTED(level 1)                                            PUBLISHED
 *  a save during review or after approval: back to DRAFT         a save: DRAFT (the published edition stays online)
 *  PUBLISHED ──request withdrawal with a reason──▶ WITHDRAWAL_REQUESTED(level 1) … ──approve at the last level──▶
 *  UNPUBLISHED; a refused withdrawal goes back to PUBLISHED (or DRAFT when a newer version waits)
 *  UNPUBLISHED ──submit──▶ SUBMITTED(level 1)
 * </pre>
 *
 * Urgent items skip, at submission, the levels whose chain allows it; each skip is recorded. A chain may forbid
 * reviewing one's own item: whoever saved a version of it or submitted it.
 *
 * @param level the level waiting for a decision (SUBMITTED, WITHDRAWAL_REQUESTED)
 * @param plan the levels of the current round, resolved to units when it began
 * @param version the version under review, approved, or (withdrawal) online
 * @param approvedVersion the last version that passed the whole chain (a reviewer's diff starts there)
 * @param reason the reason of the last return or refused withdrawal, until the next submission
 * @param publishAt when an APPROVED item goes online
 */
record ReviewWorkflow(long itemId, State state, int level, List<Step> plan, int version, Integer approvedVersion,
                      boolean urgent, Long submittedBy, boolean forbidSelfReview, String reason,
                      OffsetDateTime publishAt) {

    static final int MAX_REASON = 2000;

    enum State {
        DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, WITHDRAWAL_REQUESTED, UNPUBLISHED;

        boolean awaitingReview() {
            return this == SUBMITTED || this == WITHDRAWAL_REQUESTED;
        }

        boolean mayBeSubmitted() {
            return this == DRAFT || this == RETURNED || this == UNPUBLISHED;
        }
    }

    /** What the history records. */
    enum Decision {
        SUBMITTED, SUBMITTED_URGENT, SKIPPED, APPROVED, RETURNED, SCHEDULED, PUBLISHED, EDITED, OVERRIDDEN,
        WITHDRAWAL_REQUESTED, WITHDRAWAL_APPROVED, WITHDRAWAL_REFUSED, UNPUBLISHED;

        /** The audit log's action code. */
        String action() {
            return "review." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One level of a round: who reviews (a role in a unit), whether an urgent item may skip it, whether it did. */
    record Step(int level, StaffRole role, long unitId, boolean urgentSkip, boolean skipped) {

        boolean reviewedBy(Actor a) {
            return a.role() == role && a.unitId() != null && a.unitId() == unitId;
        }
    }

    /** Who acts: a staff member, or the system (the scheduled job) with no id. */
    record Actor(Long id, String name, StaffRole role, Long unitId) {
        static final Actor SYSTEM = new Actor(null, null, null, null);
    }

    /** What the content module says about the item. */
    record Item(boolean live, int liveVersion, int latestVersion) {
    }

    /** One line of history to record. */
    record Entry(Decision decision, Integer level, Integer version, String reason) {
    }

    /** The next state, what to record, and what follows: announce the approval, publish a version, take it offline. */
    record Transition(ReviewWorkflow next, List<Entry> entries, boolean approved, Integer publishVersion,
                      boolean unpublish) {

        static Transition to(ReviewWorkflow next, List<Entry> entries) {
            return new Transition(next, entries, false, null, false);
        }
    }

    /** An item that has never been in review: its state follows from what content says. */
    static ReviewWorkflow start(long itemId, boolean live, boolean unpublished, int liveVersion, int latestVersion) {
        State s = live ? (latestVersion > liveVersion ? State.DRAFT : State.PUBLISHED)
                : unpublished ? State.UNPUBLISHED : State.DRAFT;
        return new ReviewWorkflow(itemId, s, 0, List.of(), live ? liveVersion : latestVersion, live ? liveVersion : null,
                false, null, true, null, null);
    }

    Optional<Step> currentStep() {
        return state.awaitingReview() ? plan.stream().filter(s -> s.level() == level).findFirst() : Optional.empty();
    }

    /** Whether the actor reviews any level of the current round. */
    boolean reviewsAnyLevel(Actor a) {
        return plan.stream().anyMatch(s -> s.reviewedBy(a));
    }

    // ------------------------------------------------------------------ the editor's steps

    Transition submit(Item item, List<Step> chainPlan, boolean urgentRequest, Actor by, boolean forbidSelf,
                      GateVerdict verdict, boolean overridden) {
        switch (state) {
            case SUBMITTED -> throw new RuleViolation("review.submit.in-review");
            case APPROVED -> throw new RuleViolation("review.submit.approved");
            case WITHDRAWAL_REQUESTED -> throw new RuleViolation("review.submit.withdrawal-pending");
            case PUBLISHED -> throw new RuleViolation("review.submit.nothing-new");
            default -> {
            }
        }
        if (verdict.blocks() && !overridden) {
            throw new RuleViolation("review.gate.blocked", String.join("；", verdict.blocking()));
        }
        List<Step> steps = withSkips(chainPlan, urgentRequest);
        int first = firstLevelAfter(steps, 0);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(urgentRequest ? Decision.SUBMITTED_URGENT : Decision.SUBMITTED, null, item.latestVersion(), null));
        skipsOf(steps, item.latestVersion(), entries);
        return Transition.to(new ReviewWorkflow(itemId, State.SUBMITTED, first, steps, item.latestVersion(),
                approvedVersion, urgentRequest, by.id(), forbidSelf, null, null), entries);
    }

    Transition requestWithdrawal(Item item, List<Step> chainPlan, boolean urgentRequest, Actor by, boolean forbidSelf,
                                 String why) {
        if (!item.live()) {
            throw new RuleViolation("review.withdrawal.not-published");
        }
        if (state == State.WITHDRAWAL_REQUESTED) {
            throw new RuleViolation("review.withdrawal.pending");
        }
        if (state == State.SUBMITTED || state == State.APPROVED) {
            throw new RuleViolation("review.withdrawal.in-review");
        }
        String r = requireReason(why);
        List<Step> steps = withSkips(chainPlan, urgentRequest);
        int first = firstLevelAfter(steps, 0);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(Decision.WITHDRAWAL_REQUESTED, null, item.liveVersion(), r));
        skipsOf(steps, item.liveVersion(), entries);
        return Transition.to(new ReviewWorkflow(itemId, State.WITHDRAWAL_REQUESTED, first, steps, item.liveVersion(),
                approvedVersion, urgentRequest, by.id(), forbidSelf, null, null), entries);
    }

    /** A new version was saved: a round that reviewed an older one lapses; a published item gets a new draft. */
    Transition edited(int newVersion) {
        return switch (state) {
            case SUBMITTED, APPROVED -> Transition.to(new ReviewWorkflow(itemId, State.DRAFT, 0, plan, version,
                    approvedVersion, false, submittedBy, forbidSelfReview, null, null),
                    List.of(new Entry(Decision.EDITED, null, newVersion, null)));
            case PUBLISHED -> Transition.to(new ReviewWorkflow(itemId, State.DRAFT, 0, plan, version, approvedVersion,
                    false, submittedBy, forbidSelfReview, reason, null), List.of());
            default -> Transition.to(this, List.of());
        };
    }

    // ------------------------------------------------------------------ the reviewers' steps

    Transition approve(Actor by, int formVersion, Item item, Set<Long> authors, OffsetDateTime versionTime,
                       OffsetDateTime now) {
        Step step = requireReviewable(by, formVersion, item, authors);
        List<Entry> entries = new ArrayList<>();
        int next = firstLevelAfter(plan, step.level());
        if (state == State.WITHDRAWAL_REQUESTED) {
            entries.add(new Entry(Decision.WITHDRAWAL_APPROVED, step.level(), version, null));
            if (next > 0) {
                return Transition.to(at(State.WITHDRAWAL_REQUESTED, next), entries);
            }
            entries.add(new Entry(Decision.UNPUBLISHED, null, version, null));
            return new Transition(at(State.UNPUBLISHED, 0), entries, false, null, true);
        }
        entries.add(new Entry(Decision.APPROVED, step.level(), version, null));
        if (next > 0) {
            return Transition.to(at(State.SUBMITTED, next), entries);
        }
        if (versionTime != null && versionTime.isAfter(now)) {
            entries.add(new Entry(Decision.SCHEDULED, null, version, null));
            return new Transition(new ReviewWorkflow(itemId, State.APPROVED, 0, plan, version, version, urgent,
                    submittedBy, forbidSelfReview, null, versionTime), entries, true, null, false);
        }
        entries.add(new Entry(Decision.PUBLISHED, null, version, null));
        return new Transition(new ReviewWorkflow(itemId, State.PUBLISHED, 0, plan, version, version, urgent,
                submittedBy, forbidSelfReview, null, null), entries, true, version, false);
    }

    /** Returns a submission to the editor, or refuses a withdrawal; either way with a reason the editor sees. */
    Transition returnToEditor(Actor by, int formVersion, Item item, Set<Long> authors, String why) {
        Step step = requireReviewable(by, formVersion, item, authors);
        String r = requireReason(why);
        if (state == State.WITHDRAWAL_REQUESTED) {
            State back = item.latestVersion() > item.liveVersion() ? State.DRAFT : State.PUBLISHED;
            return Transition.to(new ReviewWorkflow(itemId, back, 0, plan, version, approvedVersion, false,
                    submittedBy, forbidSelfReview, r, null),
                    List.of(new Entry(Decision.WITHDRAWAL_REFUSED, step.level(), version, r)));
        }
        return Transition.to(new ReviewWorkflow(itemId, State.RETURNED, 0, plan, version, approvedVersion, false,
                submittedBy, forbidSelfReview, r, null), List.of(new Entry(Decision.RETURNED, step.level(), version, r)));
    }

    /**
     * A reviewer lets this version through the machine checks' blocking findings, with a reason; the next submission
     * of the same version passes the gate.
     */
    Transition override(Actor by, int formVersion, Item item, Set<Long> authors, boolean forbidSelf, String why) {
        if (!state.mayBeSubmitted()) {
            throw new RuleViolation("review.override.not-draft");
        }
        if (formVersion != item.latestVersion()) {
            throw new RuleViolation("review.version.stale", formVersion, item.latestVersion());
        }
        if (forbidSelf && by.id() != null && authors.contains(by.id())) {
            throw new RuleViolation("review.self-review");
        }
        String r = requireReason(why);
        return Transition.to(this, List.of(new Entry(Decision.OVERRIDDEN, null, formVersion, r)));
    }

    // ------------------------------------------------------------------ time

    /** The scheduled job: an approved item whose time has come goes online (re-checked under the row lock). */
    Transition publishDue(OffsetDateTime now) {
        if (state != State.APPROVED || publishAt == null || publishAt.isAfter(now)) {
            throw new RuleViolation("review.publish.not-due");
        }
        return new Transition(new ReviewWorkflow(itemId, State.PUBLISHED, 0, plan, version, approvedVersion, urgent,
                submittedBy, forbidSelfReview, null, null),
                List.of(new Entry(Decision.PUBLISHED, null, version, null)), false, version, false);
    }

    // ------------------------------------------------------------------ rules shared by the steps

    private Step requireReviewable(Actor by, int formVersion, Item item, Set<Long> authors) {
        boolean stale = formVersion != version
                || (state != State.WITHDRAWAL_REQUESTED && item.latestVersion() != version);
        if (stale) {
            throw new RuleViolation("review.version.stale", formVersion, item.latestVersion());
        }
        Step step = currentStep().orElseThrow(() -> new RuleViolation("review.not-awaiting"));
        if (!step.reviewedBy(by)) {
            throw new RuleViolation("review.not-your-level", level);
        }
        if (forbidSelfReview && by.id() != null && (authors.contains(by.id()) || Objects.equals(submittedBy, by.id()))) {
            throw new RuleViolation("review.self-review");
        }
        return step;
    }

    static String requireReason(String why) {
        String r = why == null ? "" : why.strip();
        if (r.isEmpty()) {
            throw new RuleViolation("review.reason.required");
        }
        if (r.length() > MAX_REASON) {
            throw new RuleViolation("review.reason.too-long", MAX_REASON);
        }
        return r;
    }

    private ReviewWorkflow at(State s, int atLevel) {
        return new ReviewWorkflow(itemId, s, atLevel, plan, version, approvedVersion, urgent, submittedBy,
                forbidSelfReview, reason, publishAt);
    }

    private static List<Step> withSkips(List<Step> chainPlan, boolean urgentRequest) {
        if (chainPlan.isEmpty()) {
            throw new RuleViolation("review.chain.empty");
        }
        List<Step> steps = chainPlan.stream().map(s -> new Step(s.level(), s.role(), s.unitId(), s.urgentSkip(),
                urgentRequest && s.urgentSkip())).toList();
        if (steps.stream().allMatch(Step::skipped)) {
            throw new RuleViolation("review.chain.all-skippable");
        }
        return steps;
    }

    /** The first level after this one that is not skipped, or 0 when none is left. */
    private static int firstLevelAfter(List<Step> steps, int after) {
        return steps.stream().filter(s -> s.level() > after && !s.skipped()).mapToInt(Step::level).min().orElse(0);
    }

    private static void skipsOf(List<Step> steps, int v, List<Entry> entries) {
        steps.stream().filter(Step::skipped).forEach(s -> entries.add(new Entry(Decision.SKIPPED, s.level(), v, null)));
    }
}
