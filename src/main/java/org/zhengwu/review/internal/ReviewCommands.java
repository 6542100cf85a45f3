package org.zhengwu.review.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * The review steps as the console calls them. Each step runs in its own transaction; a refused one (a rule, or
 * another unit's item) has changed nothing when it gets here, and the attempt is recorded in the audit log before the
 * refusal goes on to the user.
 */
@Service
class ReviewCommands {

    private final SubmitForReview submit;
    private final ApproveStep approve;
    private final ReturnToEditor returnToEditor;
    private final RequestWithdrawal withdrawal;
    private final OverrideFindings override;
    private final ContentQueries contents;
    private final SiteDirectory sites;
    private final AuditTrail audit;

    ReviewCommands(SubmitForReview submit, ApproveStep approve, ReturnToEditor returnToEditor,
                   RequestWithdrawal withdrawal, OverrideFindings override, ContentQueries contents, SiteDirectory sites,
                   AuditTrail audit) {
        this.submit = submit;
        this.approve = approve;
        this.returnToEditor = returnToEditor;
        this.withdrawal = withdrawal;
        this.override = override;
        this.contents = contents;
        this.sites = sites;
        this.audit = audit;
    }

    void submit(long itemId, int version, boolean urgent) {
        guarded("review.submitted", itemId, () -> submit.run(itemId, version, urgent));
    }

    void approve(long itemId, int version) {
        guarded("review.approved", itemId, () -> approve.run(itemId, version));
    }

    void returnToEditor(long itemId, int version, String reason) {
        guarded("review.returned", itemId, () -> returnToEditor.run(itemId, version, reason));
    }

    void requestWithdrawal(long itemId, String reason, boolean urgent) {
        guarded("review.withdrawal-requested", itemId, () -> withdrawal.run(itemId, reason, urgent));
    }

    void override(long itemId, int version, String reason) {
        guarded("review.overridden", itemId, () -> override.run(itemId, version, reason));
    }

    /** Records an attempt to read an item outside one's scope. */
    void refusedView(long itemId) {
        audit.recordRefusal(AuditEvent.of("review.view", "content", itemId, unitOf(itemId), "outside the caller's scope"));
    }

    private void guarded(String action, long itemId, Runnable step) {
        try {
            step.run();
        } catch (RuleViolation | AccessDeniedException e) {
            String why = e instanceof RuleViolation r ? r.key() : "access denied: " + e.getMessage();
            audit.recordRefusal(AuditEvent.of(action, "content", itemId, unitOf(itemId), why));
            throw e;
        }
    }

    private Long unitOf(long itemId) {
        return contents.item(itemId).flatMap(i -> sites.site(i.siteId())).map(Site::unitId).orElse(null);
    }
}
