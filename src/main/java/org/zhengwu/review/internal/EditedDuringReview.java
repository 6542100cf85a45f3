package org.zhengwu.review.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentSaved;

/**
 * A new version was saved: a submission or approval of an older version lapses (the item is a draft again, to be
 * resubmitted), and a published item gets a new draft edition. Runs inside the saving transaction.
 */
@Component
class EditedDuringReview {

    private final ReviewContext context;
    private final WorkflowStore store;

    EditedDuringReview(ReviewContext context, WorkflowStore store) {
        this.context = context;
        this.store = store;
    }

    @EventListener
    void on(ContentSaved event) {
        if (store.find(event.itemId()).isEmpty()) {
            return; // never in review: its state follows from content
        }
        ReviewContext.Loaded l = context.lock(event.itemId());
        var t = l.workflow().edited(event.version());
        if (t.next() != l.workflow() || !t.entries().isEmpty()) {
            context.apply(l, t, context.actorOrSystem());
        }
    }
}
