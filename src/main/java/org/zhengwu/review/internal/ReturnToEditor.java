package org.zhengwu.review.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;

/** The reviewer of the waiting level returns the item to its editor (or refuses a withdrawal), with a reason. */
@Component
class ReturnToEditor {

    private final ReviewContext context;
    private final ContentQueries contents;

    ReturnToEditor(ReviewContext context, ContentQueries contents) {
        this.context = context;
        this.contents = contents;
    }

    @Transactional
    public void run(long itemId, int formVersion, String reason) {
        Actor by = context.actor();
        ReviewContext.Loaded l = context.lock(itemId);
        if (!l.workflow().reviewsAnyLevel(by)) {
            throw new AccessDeniedException("not a reviewer of item " + itemId);
        }
        context.apply(l, l.workflow().returnToEditor(by, formVersion, l.facts(), contents.versionAuthors(itemId), reason), by);
    }
}
