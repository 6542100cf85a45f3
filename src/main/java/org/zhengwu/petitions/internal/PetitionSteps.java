package org.zhengwu.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.petitions.internal.PetitionFlow.Actor;
import org.zhengwu.petitions.internal.PetitionFlow.State;
import org.zhengwu.petitions.internal.PetitionFlow.Step;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;

/**
 * The steps of {@link PetitionFlow} as commands: each locks the petition, checks the state and who acts, checks the
 * input (a refusal names the field; nothing is changed), moves the case on the engine (a new calendar-day limit where
 * the flow gives one), keeps the statutory dates, writes the notice to the petitioner, and audits.
 */
@Service
public class PetitionSteps {

    static final int MAX_TEXT = 5000;

    private final PetitionStore store;
    private final Cases cases;
    private final PetitionAccess access;
    private final KeyCaseStore keys;
    private final AuditTrail audit;
    private final SiteDirectory sites;
    private final Clock clock;
    private final RepeatUpdates repeats;

    PetitionSteps(PetitionStore store, Cases cases, PetitionAccess access, KeyCaseStore keys, AuditTrail audit,
                  SiteDirectory sites, Clock clock, RepeatUpdates repeats) {
        this.repeats = repeats;
        this.store = store;
        this.cases = cases;
        this.access = access;
        this.keys = keys;
        this.audit = audit;
        this.sites = sites;
        this.clock = clock;
    }

    /**
     * Takes a step. {@code text}: the notice to the petitioner, or for a request the petitioner's grounds;
     * {@code reviewUnitId}: the level above that reviews (requests only).
     */
    @Transactional
    public PetitionRecord take(String reference, Step step, String text, Long reviewUnitId) {
        PetitionRecord p = lock(reference);
        CaseView c = cases.find(p.caseId()).orElseThrow();
        access.requireAct(reference, units(p), step.actor, "step." + step.name().toLowerCase(java.util.Locale.ROOT));
        if (!step.allowedFrom(State.valueOf(c.state()))) {
            throw InvalidPetition.of(null, "petitions.error.state", c.state());
        }
        String words = PetitionForm.text(text);
        if (words.isEmpty()) {
            throw InvalidPetition.of("text", "petitions.error.text.empty");
        }
        if (words.length() > MAX_TEXT) {
            throw InvalidPetition.of("text", "petitions.error.too-long", MAX_TEXT);
        }
        LocalDate today = LocalDate.now(clock);
        if (step.namesReviewer()) {
            if (reviewUnitId == null || sites.unit(reviewUnitId).isEmpty() || reviewUnitId == p.unitId()) {
                throw InvalidPetition.of("reviewUnitId", "petitions.error.review-unit");
            }
            LocalDate closed = c.closedAt().atZoneSameInstant(PetitionStore.CHINA).toLocalDate();
            if (today.isAfter(closed.plusDays(PetitionFlow.REQUEST_WITHIN_DAYS))) {
                throw InvalidPetition.of(null, "petitions.error.request.late", closed,
                        PetitionFlow.REQUEST_WITHIN_DAYS);
            }
        }
        // the words stay with the petition (its papers): the engine's history only names the step
        CaseStep move = step.limit == null ? CaseStep.to(step.to.name(), "")
                : CaseStep.restart(step.to.name(), "", step.limit);
        CaseView after = cases.move(p.caseId(), move);
        repeats.stepTaken(p, c.phase() != CasePhase.CLOSED, after.phase() != CasePhase.CLOSED);
        switch (step) {
            case ACCEPT -> store.decided(p.id(), true, today, after.deadline());
            case DECLINE -> store.decided(p.id(), false, today, null);
            case ANSWER -> store.answered(p.id(), today);
            case REQUEST_REVIEW, REQUEST_REEXAMINATION -> store.reviewUnit(p.id(), reviewUnitId);
            default -> { }
        }
        store.addNotice(p.id(), step.notice, today, words, access.actorName(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("petitions.step", "petition", reference, p.unitId(),
                step + ": " + c.state() + " -> " + after.state() + (after.deadline() != null && step.limit != null
                        ? "; due " + after.deadline() : "")));
        return store.byId(p.id()).orElseThrow();
    }

    /** The handling unit asks for more time: once, at most 30 calendar days, while handling. */
    @Transactional
    public PetitionRecord requestExtension(String reference, String days, String reason) {
        PetitionRecord p = lock(reference);
        CaseView c = cases.find(p.caseId()).orElseThrow();
        access.requireAct(reference, units(p), Actor.HANDLING_UNIT, "extension.request");
        if (State.valueOf(c.state()) != State.HANDLING) {
            throw InvalidPetition.of(null, "petitions.error.extension.state");
        }
        if (cases.history(p.caseId()).stream().anyMatch(e -> e.action() == CaseEvent.Action.EXTENSION_APPROVED)) {
            throw InvalidPetition.of(null, "petitions.error.extension.once");
        }
        Long n = PetitionForm.number(days);
        if (n == null || n < 1 || n > PetitionFlow.MAX_EXTENSION_DAYS) {
            throw InvalidPetition.of("extensionDays", "petitions.error.extension.days", PetitionFlow.MAX_EXTENSION_DAYS);
        }
        if (PetitionForm.text(reason).isEmpty()) {
            throw InvalidPetition.of("extensionReason", "petitions.error.text.empty");
        }
        cases.requestExtension(p.caseId(), n.intValue(), reason);
        return p;
    }

    /** The supervisors or the petition office approve or refuse; an approval moves the answer's due day. */
    @Transactional
    public PetitionRecord decideExtension(String reference, boolean approve, String reason) {
        PetitionRecord p = lock(reference);
        access.requireSee(reference, units(p));
        CaseView after = cases.decideExtension(p.caseId(), approve, reason);
        if (approve) {
            store.answerDue(p.id(), after.deadline());
        }
        return store.byId(p.id()).orElseThrow();
    }

    /** Links this petition to an earlier one as its repeat (重复件): it is not counted again. Petition office. */
    @Transactional
    public PetitionRecord linkRepeat(String reference, String earlierReference) {
        PetitionRecord p = lock(reference);
        access.requireAct(reference, units(p), Actor.OFFICE, "repeat.link");
        PetitionRecord earlier = store.byReference(PetitionForm.text(earlierReference))
                .filter(e -> e.id() != p.id())
                .orElseThrow(() -> InvalidPetition.of("earlier", "petitions.error.repeat.unknown"));
        if (earlier.repeatOfId() != null && earlier.repeatOfId() == p.id()) {
            throw InvalidPetition.of("earlier", "petitions.error.repeat.circle");
        }
        store.repeatOf(p.id(), earlier.repeatOfId() != null ? earlier.repeatOfId() : earlier.id());
        if (State.valueOf(cases.find(p.caseId()).orElseThrow().state()) == State.DECIDING) {
            // not yet taken up: it joins the earlier one and its own clock stops
            cases.move(p.caseId(), CaseStep.to(State.MERGED.name(), "并入原件 " + earlier.reference()));
            repeats.stepTaken(p, true, false);
        }
        audit.record(AuditEvent.of("petitions.repeat.link", "petition", reference, p.unitId(),
                "repeat of " + earlier.reference()));
        return store.byId(p.id()).orElseThrow();
    }

    /** The units the petition concerns, for the access rules. */
    public PetitionAccess.Units unitsOf(PetitionRecord p) {
        return units(p);
    }

    PetitionAccess.Units units(PetitionRecord p) {
        return new PetitionAccess.Units(p.unitId(), p.reviewUnitId(), keys.responsibleUnit(p.id()).orElse(null));
    }

    private PetitionRecord lock(String reference) {
        return store.lock(PetitionForm.text(reference))
                .orElseThrow(() -> new NotFound("petitions.not-found", String.valueOf(reference)));
    }
}
