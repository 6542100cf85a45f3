package org.zhengwu.review.internal;

import java.time.OffsetDateTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;

/**
 * The reviewer of the waiting level approves the version they saw (the form carries its number): the next level gets
 * it, or after the last one it is published (now, or at its publish time); a withdrawal approved at the last level
 * takes the item offline.
 */
@Component
class ApproveStep {

    private final ReviewContext context;
    private final ContentQueries contents;

    ApproveStep(ReviewContext context, ContentQueries contents) {
        this.context = context;
        this.contents = contents;
    }

    @Transactional
    public void run(long itemId, int formVersion) {
        Actor by = context.actor();
        ReviewContext.Loaded l = context.lock(itemId);
        if (!l.workflow().reviewsAnyLevel(by)) {
            throw new AccessDeniedException("not a reviewer of item " + itemId);
        }
        OffsetDateTime versionTime = contents.version(itemId, l.workflow().version())
                .map(v -> v.content().publishedAt()).orElse(null);
        context.apply(l, l.workflow().approve(by, formVersion, l.facts(), contents.versionAuthors(itemId), versionTime,
                l.now()), by);
    }
}
