package org.zhengwu.review.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;

/** An editor asks for the published item to be taken offline (撤稿); the chain of its column reviews the request. */
@Component
class RequestWithdrawal {

    private final ReviewContext context;
    private final ReviewChains chains;
    private final UnitScope scope;

    RequestWithdrawal(ReviewContext context, ReviewChains chains, UnitScope scope) {
        this.context = context;
        this.chains = chains;
        this.scope = scope;
    }

    @Transactional
    public void run(long itemId, String reason, boolean urgent) {
        Actor by = context.actor();
        ReviewContext.Loaded l = context.lock(itemId);
        if (!scope.mayAct(l.unitId())) {
            throw new AccessDeniedException("item " + itemId + " belongs to another unit");
        }
        ReviewChain chain = chains.chainFor(l.item().siteId(), l.item().columnId());
        var plan = chain.plan(l.unitId(), l.item().category());
        context.apply(l, l.workflow().requestWithdrawal(l.facts(), plan, urgent, by, chain.forbidSelfReview(), reason), by);
    }
}
