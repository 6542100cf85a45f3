package org.zhengwu.review.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;

/**
 * A reviewer of the item's chain lets its latest version through the machine checks' blocking findings, with a
 * reason: recorded in the history and the audit log; the submission of that version then passes the gate.
 */
@Component
class OverrideFindings {

    private final ReviewContext context;
    private final ReviewChains chains;
    private final ContentQueries contents;

    OverrideFindings(ReviewContext context, ReviewChains chains, ContentQueries contents) {
        this.context = context;
        this.chains = chains;
        this.contents = contents;
    }

    @Transactional
    public void run(long itemId, int formVersion, String reason) {
        Actor by = context.actor();
        ReviewContext.Loaded l = context.lock(itemId);
        ReviewChain chain = chains.chainFor(l.item().siteId(), l.latest().columnId());
        if (chain.plan(l.unitId(), l.latest().category()).stream().noneMatch(s -> s.reviewedBy(by))) {
            throw new AccessDeniedException("not a reviewer of item " + itemId);
        }
        context.apply(l, l.workflow().override(by, formVersion, l.facts(), contents.versionAuthors(itemId),
                chain.forbidSelfReview(), reason), by);
    }
}
