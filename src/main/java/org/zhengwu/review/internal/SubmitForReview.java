package org.zhengwu.review.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.review.GateVerdict;
import org.zhengwu.review.SubmissionGate;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;

/**
 * An editor submits the item's latest version: the chain of its column is resolved to units, the submission gate is
 * consulted (the one place it is), and the first level that is not skipped gets it.
 */
@Component
class SubmitForReview {

    private final ReviewContext context;
    private final ReviewChains chains;
    private final SubmissionGate gate;
    private final WorkflowStore store;
    private final UnitScope scope;

    SubmitForReview(ReviewContext context, ReviewChains chains, SubmissionGate gate, WorkflowStore store, UnitScope scope) {
        this.context = context;
        this.chains = chains;
        this.gate = gate;
        this.store = store;
        this.scope = scope;
    }

    @Transactional
    public void run(long itemId, int version, boolean urgent) {
        Actor by = context.actor();
        ReviewContext.Loaded l = context.lock(itemId);
        if (!scope.mayAct(l.unitId())) {
            throw new AccessDeniedException("item " + itemId + " belongs to another unit");
        }
        if (version != l.latest().version()) {
            throw new RuleViolation("review.version.stale", version, l.latest().version());
        }
        ReviewChain chain = chains.chainFor(l.item().siteId(), l.latest().columnId());
        var plan = chain.plan(l.unitId(), l.latest().category());
        GateVerdict verdict = gate.check(itemId, version);
        boolean overridden = verdict.blocks() && store.overridden(itemId, version);
        context.apply(l, l.workflow().submit(l.facts(), plan, urgent, by, chain.forbidSelfReview(), verdict, overridden), by);
    }
}
