package org.zhengwu.review.internal;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Scheduled publishing: an approved item whose publish time has come goes online, if it is still approved. */
@Component
class PublishWhenDue {

    private final ReviewContext context;

    PublishWhenDue(ReviewContext context) {
        this.context = context;
    }

    @Transactional
    public void run(long itemId, OffsetDateTime now) {
        ReviewContext.Loaded l = context.lock(itemId);
        context.apply(l, l.workflow().publishDue(now), ReviewWorkflow.Actor.SYSTEM);
    }
}
