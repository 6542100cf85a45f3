package org.zhengwu.interaction.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.internal.LetterAccess.Action;
import org.zhengwu.interaction.internal.LetterFlow.Step;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.SiteDirectory;

/** The dispatcher's steps (互动分办员): give a received letter to a unit, or refuse it (不予受理) with a reason. */
@Service
public class Dispatching {

    public static final int MAX_DAYS = 60;

    private final LetterSteps steps;
    private final LetterAccess access;
    private final LetterStore store;
    private final Cases cases;
    private final SiteDirectory sites;

    Dispatching(LetterSteps steps, LetterAccess access, LetterStore store, Cases cases, SiteDirectory sites) {
        this.steps = steps;
        this.access = access;
        this.store = store;
        this.cases = cases;
        this.sites = sites;
    }

    /** To a unit, with a time limit in working days as typed (the form offers the mailbox's). */
    @Transactional
    public LetterRecord assign(String trackingNumber, Long unitId, String days) {
        LetterRecord letter = steps.lock(trackingNumber);
        access.require(letter, Action.ASSIGN);
        LetterState to = LetterFlow.next(letter.state(), Step.ASSIGN, letter.reopened());
        if (unitId == null || sites.unit(unitId).isEmpty()) {
            throw new RuleViolation("interaction.letter.assign.unit");
        }
        int limit = LetterSteps.days(days, 1, MAX_DAYS, "interaction.letter.assign.days");
        CaseView c = cases.assign(letter.caseId(), unitId, limit, CaseStep.to(to.name(), ""));
        return steps.mirror(letter, c);
    }

    @Transactional
    public LetterRecord refuse(String trackingNumber, String kind, String reason) {
        LetterRecord letter = steps.lock(trackingNumber);
        access.require(letter, Action.REFUSE);
        LetterState to = LetterFlow.next(letter.state(), Step.REFUSE, letter.reopened());
        RefusalKind why;
        try {
            why = RefusalKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("interaction.letter.refuse.kind");
        }
        String text = LetterRules.staffText(reason, LetterRules.MAX_REASON, "interaction.letter.refuse.reason");
        CaseView c = cases.move(letter.caseId(), CaseStep.to(to.name(), why.name() + "：" + text));
        store.refused(letter.id(), why, text, steps.now());
        steps.audit("interaction.letter.refuse", letter, null, why + " " + text);
        return steps.mirror(letter, c);
    }
}
