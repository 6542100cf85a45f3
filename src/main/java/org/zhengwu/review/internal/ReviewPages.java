package org.zhengwu.review.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentVersion;
import org.zhengwu.content.PolicyMetadata;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;
import org.zhengwu.review.internal.ReviewViews.Field;
import org.zhengwu.review.internal.ReviewViews.HistoryLine;
import org.zhengwu.review.internal.ReviewViews.ItemPage;
import org.zhengwu.review.internal.ReviewViews.Queue;
import org.zhengwu.review.internal.ReviewViews.Row;
import org.zhengwu.review.internal.ReviewViews.StepView;
import org.zhengwu.review.internal.ReviewViews.VersionLine;
import org.zhengwu.review.internal.ReviewWorkflow.State;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * Builds what the review pages show, and decides who may see an item there: staff who may see the unit's content
 * (its editors and reviewers, administrators, supervisors) and reviewers of other units who review or reviewed it;
 * anybody else is refused (403) and the attempt recorded.
 */
@Component
class ReviewPages {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int LIST_LIMIT = 100;

    private final WorkflowStore store;
    private final ReviewChains chains;
    private final ReviewCommands commands;
    private final ContentQueries contents;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final MessageSource messages;

    ReviewPages(WorkflowStore store, ReviewChains chains, ReviewCommands commands, ContentQueries contents,
                SiteDirectory sites, UnitScope scope, MessageSource messages) {
        this.store = store;
        this.chains = chains;
        this.commands = commands;
        this.contents = contents;
        this.sites = sites;
        this.scope = scope;
        this.messages = messages;
    }

    Queue queue() {
        StaffPrincipal me = scope.staff();
        List<Row> waiting = me.role().unitBound() && me.unitId() != null
                ? rows(store.queue(me.role(), me.unitId())) : List.of();
        Set<Long> units = scope.visibleUnitIds();
        boolean editor = units == null || !units.isEmpty();
        List<Row> returned = editor ? rows(store.inStates(units, List.of(State.RETURNED), LIST_LIMIT)) : List.of();
        List<Row> inReview = editor ? rows(store.inStates(units, List.of(State.SUBMITTED, State.APPROVED,
                State.WITHDRAWAL_REQUESTED), LIST_LIMIT)) : List.of();
        return new Queue(waiting, returned, inReview, me.role().reviewer() || !waiting.isEmpty(), editor);
    }

    /** The item, if the caller may see its review; otherwise 403, recorded. */
    ContentItem requireView(long itemId) {
        ContentItem item = contents.item(itemId).orElseThrow(() -> new NotFound("content.not-found", itemId));
        StaffPrincipal me = scope.staff();
        long unit = unitOf(item);
        if (scope.mayView(unit)) {
            return item;
        }
        Actor actor = new Actor(me.accountId(), null, me.role(), me.unitId());
        boolean reviewer = store.find(itemId).map(w -> w.reviewsAnyLevel(actor)).orElse(false)
                || store.deciders(itemId).contains(me.accountId());
        if (!reviewer) {
            commands.refusedView(itemId);
            throw new AccessDeniedException("item " + itemId + " is outside the caller's scope");
        }
        return item;
    }

    ItemPage item(ContentItem row) {
        long itemId = row.id();
        ReviewWorkflow wf = store.find(itemId).orElseGet(() -> ReviewContext.initial(row));
        StaffPrincipal me = scope.staff();
        Actor actor = new Actor(me.accountId(), null, me.role(), me.unitId());
        boolean withdrawal = wf.state() == State.WITHDRAWAL_REQUESTED;
        int reviewedNo = switch (wf.state()) {
            case SUBMITTED, APPROVED, WITHDRAWAL_REQUESTED -> wf.version();
            default -> row.latestVersion();
        };
        ContentItem reviewed = contents.version(itemId, reviewedNo).map(ContentVersion::content).orElse(row);
        Integer base = wf.approvedVersion() != null && wf.approvedVersion() != reviewedNo ? wf.approvedVersion() : null;
        ContentItem before = base == null ? null : contents.version(itemId, base).map(ContentVersion::content).orElse(null);
        boolean firstReview = wf.approvedVersion() == null;
        // a withdrawal is about the published edition itself; a version equal to the approved one has no changes
        List<Field> changes = withdrawal || (!firstReview && base == null) ? List.of() : changes(before, reviewed);

        List<StepView> steps = wf.plan().stream().map(s -> new StepView(s.level(), reviewer(s.unitId(), s.role()),
                s.urgentSkip(), s.skipped(), wf.state().awaitingReview() && s.level() == wf.level())).toList();
        boolean mayDecide = wf.currentStep().map(s -> s.reviewedBy(actor)).orElse(false);
        boolean mayOverride = false;
        if (wf.state().mayBeSubmitted()) {
            try {
                ContentItem latest = contents.latestVersion(itemId).orElse(row);
                mayOverride = chains.chainFor(row.siteId(), latest.columnId()).plan(unitOf(row), latest.category())
                        .stream().anyMatch(s -> s.reviewedBy(actor));
            } catch (RuleViolation chainNotUsable) {
                mayOverride = false;
            }
        }
        Object[] args = wf.currentStep().map(s -> new Object[] {s.level(), reviewer(s.unitId(), s.role())})
                .orElse(new Object[] {wf.publishAt() == null ? "" : wf.publishAt().format(MINUTES)});
        String system = t("review.actor.system");
        List<HistoryLine> history = store.history(itemId).stream().map(r -> new HistoryLine(r.at(),
                r.actorName() == null ? system : r.actorName(), "review.decision." + r.decision().name(), r.level(),
                r.version(), r.reason())).toList();
        List<VersionLine> versions = contents.versions(itemId).stream().map(v -> new VersionLine(v.number(), v.savedAt(),
                v.savedByName() == null ? system : v.savedByName(), v.content().title())).toList();
        return new ItemPage(reviewed, sites.site(row.siteId()).map(Site::name).orElse(""),
                sites.column(reviewed.columnId()).map(Column::name).orElse(""), "review.state." + wf.state().name(), args,
                steps, base, firstReview, changes, history, versions, mayDecide, mayOverride, withdrawal, wf.reason());
    }

    /** Every field that differs between the last approved version (null: none, all is new) and the reviewed one. */
    List<Field> changes(ContentItem before, ContentItem after) {
        List<Field> out = new ArrayList<>();
        field(out, "content.field.title", before == null ? null : before.title(), after.title());
        field(out, "content.field.subtitle", before == null ? null : before.subtitle(), after.subtitle());
        field(out, "content.field.column", before == null ? null : columnName(before), columnName(after));
        field(out, "content.field.category", before == null ? null : t("content.category." + before.category().name()),
                t("content.category." + after.category().name()));
        field(out, "content.field.source", before == null ? null : before.source(), after.source());
        field(out, "content.field.author", before == null ? null : before.author(), after.author());
        field(out, "content.field.published-at", before == null || before.publishedAt() == null ? null
                : before.publishedAt().format(MINUTES), after.publishedAt() == null ? null : after.publishedAt().format(MINUTES));
        field(out, "content.field.summary", before == null ? null : before.summary(), after.summary());
        field(out, "content.field.body", before == null ? null : TextDiff.text(before.bodyHtml()), TextDiff.text(after.bodyHtml()));
        field(out, "content.field.cover", before == null ? null : before.coverImage(), after.coverImage());
        field(out, "content.field.external-link", before == null ? null : before.externalLink(), after.externalLink());
        PolicyMetadata b = before == null ? PolicyMetadata.none() : before.policy();
        PolicyMetadata a = after.policy();
        field(out, "content.field.issuing-authority", b.issuingAuthority(), a.issuingAuthority());
        field(out, "content.field.document-no", b.documentNo(), a.documentNo());
        field(out, "content.field.written-date", b.writtenDate() == null ? null : b.writtenDate().toString(),
                a.writtenDate() == null ? null : a.writtenDate().toString());
        field(out, "content.field.topic-category", b.topicCategory(), a.topicCategory());
        field(out, "content.field.validity", b.validity() == null ? null : t("content.validity." + b.validity().name()),
                a.validity() == null ? null : t("content.validity." + a.validity().name()));
        return out;
    }

    private static void field(List<Field> out, String label, String before, String after) {
        List<ReviewViews.Segment> d = TextDiff.diff(before, after);
        if (TextDiff.changed(d)) {
            out.add(new Field(label, d));
        }
    }

    private String columnName(ContentItem i) {
        return sites.column(i.columnId()).map(Column::name).orElse("#" + i.columnId());
    }

    private List<Row> rows(List<WorkflowStore.Waiting> list) {
        return list.stream().map(w -> {
            ContentItem latest = contents.latestVersion(w.itemId()).orElse(null);
            return new Row(w.itemId(), latest == null ? "#" + w.itemId() : latest.title(),
                    latest == null ? "" : sites.site(latest.siteId()).map(Site::name).orElse(""),
                    "review.state." + w.state().name(), w.state() == State.APPROVED
                            ? new Object[] {w.publishAt() == null ? "" : w.publishAt().format(MINUTES)} : new Object[] {w.level(), ""},
                    w.version(), w.urgent(), w.since(), w.reason());
        }).toList();
    }

    String reviewer(long unitId, StaffRole role) {
        return messages.getMessage("review.reviewer", new Object[] {sites.unit(unitId).map(Unit::name).orElse("#" + unitId),
                t("staff.role." + role.name())}, locale());
    }

    private long unitOf(ContentItem item) {
        return sites.site(item.siteId()).map(Site::unitId).orElseThrow(() -> new NotFound("site.not-found", item.siteId()));
    }

    private String t(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
