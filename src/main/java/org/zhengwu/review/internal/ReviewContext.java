package org.zhengwu.review.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentStatus;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.review.ContentApproved;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;
import org.zhengwu.review.internal.ReviewWorkflow.Entry;
import org.zhengwu.review.internal.ReviewWorkflow.Transition;
import org.zhengwu.sites.SiteDirectory;

/**
 * What every review step needs: the item as content has it, its workflow row locked, who acts; and, once the
 * workflow has decided, carrying the transition out in the step's transaction (state, history, audit, publishing,
 * events).
 */
@Component
class ReviewContext {

    /** The item (its published edition if published), its latest version, its unit and its locked workflow. */
    record Loaded(ContentItem item, ContentItem latest, long unitId, ReviewWorkflow.Item facts, ReviewWorkflow workflow,
                  OffsetDateTime now) {
    }

    private final ContentQueries contents;
    private final ContentEditing editing;
    private final SiteDirectory sites;
    private final WorkflowStore store;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewContext(ContentQueries contents, ContentEditing editing, SiteDirectory sites, WorkflowStore store,
                  UnitScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.contents = contents;
        this.editing = editing;
        this.sites = sites;
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Loaded lock(long itemId) {
        ContentItem item = contents.item(itemId).orElseThrow(() -> new NotFound("content.not-found", itemId));
        ContentItem latest = contents.latestVersion(itemId).orElse(item);
        long unitId = unitOf(item);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReviewWorkflow wf = store.lock(initial(item), unitId, now);
        return new Loaded(item, latest, unitId, facts(item), wf, now);
    }

    long unitOf(ContentItem item) {
        return sites.site(item.siteId()).orElseThrow(() -> new NotFound("site.not-found", item.siteId())).unitId();
    }

    static ReviewWorkflow initial(ContentItem item) {
        return ReviewWorkflow.start(item.id(), item.isPublished(), item.status() == ContentStatus.UNPUBLISHED,
                item.version(), item.latestVersion());
    }

    static ReviewWorkflow.Item facts(ContentItem item) {
        return new ReviewWorkflow.Item(item.isPublished(), item.version(), item.latestVersion());
    }

    /** The signed-in staff member; anonymous callers are refused. */
    Actor actor() {
        StaffPrincipal p = scope.staff();
        return actorOf(p);
    }

    /** The signed-in staff member, or the system when nobody is (a scheduled job, the demo). */
    Actor actorOrSystem() {
        return scope.current().map(ReviewContext::actorOf).orElse(Actor.SYSTEM);
    }

    private static Actor actorOf(StaffPrincipal p) {
        return new Actor(p.accountId(), p.displayName() + "（" + p.username() + "）", p.role(), p.unitId());
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Carries the transition out: the new state, its history and audit records, then publishing and events. */
    void apply(Loaded l, Transition t, Actor by) {
        long itemId = l.item().id();
        store.save(t.next(), l.now());
        for (Entry e : t.entries()) {
            store.record(itemId, e, by, l.now());
            audit.record(AuditEvent.of(e.decision().action(), "content", itemId, l.unitId(), detail(e)));
        }
        if (t.publishVersion() != null) {
            editing.publishVersion(itemId, t.publishVersion());
        }
        if (t.unpublish()) {
            editing.unpublish(itemId);
        }
        if (t.approved()) {
            events.publishEvent(new ContentApproved(itemId, l.item().siteId(), t.next().version()));
        }
    }

    private static String detail(Entry e) {
        StringBuilder sb = new StringBuilder();
        if (e.level() != null) {
            sb.append("level ").append(e.level()).append("; ");
        }
        if (e.version() != null) {
            sb.append("version ").append(e.version());
        }
        if (e.reason() != null) {
            sb.append("; reason: ").append(e.reason());
        }
        return sb.toString();
    }
}
