package org.zhengwu.interaction.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.internal.LetterAccess.Action;
import org.zhengwu.interaction.internal.LetterFlow.Step;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.SiteDirectory;

/**
 * Steps that move a letter between units or its deadline, through the case engine: transfer (转办) to another unit,
 * "not ours" (退回) to the dispatcher, an extension request and the supervisor's decision. Each needs a reason, which
 * the history keeps.
 */
@Service
public class Handover {

    public static final int MAX_EXTENSION_DAYS = 30;

    private final LetterSteps steps;
    private final LetterAccess access;
    private final LetterStore store;
    private final Cases cases;
    private final SiteDirectory sites;

    Handover(LetterSteps steps, LetterAccess access, LetterStore store, Cases cases, SiteDirectory sites) {
        this.steps = steps;
        this.access = access;
        this.store = store;
        this.cases = cases;
        this.sites = sites;
    }

    /**
     * To another unit; {@code days} blank keeps the deadline, else the new unit gets that many working days. The
     * draft answer stays with the old unit's work and is cleared.
     */
    @Transactional
    public LetterRecord transfer(String trackingNumber, Long toUnitId, String reason, String days) {
        LetterRecord letter = steps.lock(trackingNumber);
        access.require(letter, Action.TRANSFER);
        LetterFlow.next(letter.state(), Step.TRANSFER, letter.reopened());
        if (toUnitId == null || sites.unit(toUnitId).isEmpty()) {
            throw new RuleViolation("interaction.letter.transfer.unit");
        }
        if (toUnitId.equals(letter.unitId())) {
            throw new RuleViolation("interaction.letter.transfer.same-unit");
        }
        String why = LetterRules.staffText(reason, LetterRules.MAX_REASON, "interaction.letter.transfer.reason");
        Integer limit = days == null || days.isBlank() ? null
                : LetterSteps.days(days, 1, Dispatching.MAX_DAYS, "interaction.letter.assign.days");
        CaseView c = cases.transfer(letter.caseId(), toUnitId, why, limit);
        store.clearAnswer(letter.id(), steps.now());
        steps.audit("interaction.letter.transfer", letter, toUnitId, "从单位 " + letter.unitId() + " 转至 " + toUnitId + "：" + why);
        return steps.mirror(letter, c);
    }

    /** Back to the dispatcher, who assigns it again. */
    @Transactional
    public LetterRecord notOurs(String trackingNumber, String reason) {
        LetterRecord letter = steps.lock(trackingNumber);
        access.require(letter, Action.NOT_OURS);
        LetterState to = LetterFlow.next(letter.state(), Step.NOT_OURS, letter.reopened());
        String why = LetterRules.staffText(reason, LetterRules.MAX_REASON, "interaction.letter.not-ours.reason");
        CaseView c = cases.returnToDispatcher(letter.caseId(), why, to.name());
        store.clearAnswer(letter.id(), steps.now());
        steps.audit("interaction.letter.not-ours", letter, letter.unitId(), why);
        return steps.mirror(letter, c);
    }

    @Transactional
    public LetterRecord requestExtension(String trackingNumber, String days, String reason) {
        LetterRecord letter = steps.lock(trackingNumber);
        access.require(letter, Action.EXTEND);
        if (letter.state().phase() != org.zhengwu.cases.CasePhase.OPEN) {
            throw new RuleViolation("interaction.letter.extension.not-open");
        }
        int n = LetterSteps.days(days, 1, MAX_EXTENSION_DAYS, "interaction.letter.extension.days");
        String why = LetterRules.staffText(reason, LetterRules.MAX_REASON, "interaction.letter.extension.reason");
        return steps.mirror(letter, cases.requestExtension(letter.caseId(), n, why));
    }

    @Transactional
    public LetterRecord decideExtension(String trackingNumber, boolean approve, String reason) {
        LetterRecord letter = steps.lock(trackingNumber);
        access.require(letter, Action.DECIDE_EXTENSION);
        if (cases.find(letter.caseId()).orElseThrow().extensionRequested() == null) {
            throw new RuleViolation("interaction.letter.extension.none");
        }
        String why = LetterRules.staffText(reason, LetterRules.MAX_REASON, "interaction.letter.extension.decision");
        return steps.mirror(letter, cases.decideExtension(letter.caseId(), approve, why));
    }
}
