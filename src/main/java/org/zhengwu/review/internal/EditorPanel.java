package org.zhengwu.review.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.review.GateVerdict;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.EditorialWorkflow;
import org.zhengwu.review.internal.ReviewWorkflow.State;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/** The review chain as the content pages show it to editors, and the editors' requests to it. */
@Component
class EditorPanel implements EditorialWorkflow {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkflowStore store;
    private final ReviewCommands commands;
    private final ContentQueries contents;
    private final SiteDirectory sites;
    private final MessageSource messages;
    private final ChecksGate gate;

    EditorPanel(WorkflowStore store, ReviewCommands commands, ContentQueries contents, SiteDirectory sites,
                MessageSource messages, ChecksGate gate) {
        this.gate = gate;
        this.store = store;
        this.commands = commands;
        this.contents = contents;
        this.sites = sites;
        this.messages = messages;
    }

    @Override
    public Panel panel(ContentItem latest) {
        ContentItem row = contents.item(latest.id()).orElse(latest);
        ReviewWorkflow wf = store.find(latest.id()).orElseGet(() -> ReviewContext.initial(row));
        State s = wf.state();
        String key = "review.panel." + s.name();
        Object[] args = switch (s) {
            case SUBMITTED, WITHDRAWAL_REQUESTED -> new Object[] {wf.level(), waitingFor(wf)};
            case APPROVED -> new Object[] {wf.publishAt() == null ? "" : wf.publishAt().format(MINUTES)};
            case PUBLISHED -> new Object[] {row.version()};
            case DRAFT -> row.isPublished() ? new Object[] {latest.latestVersion(), row.version()} : new Object[] {latest.latestVersion()};
            default -> new Object[0];
        };
        if (s == State.DRAFT && row.isPublished()) {
            key = "review.panel.DRAFT_LIVE";
        }
        boolean mayWithdraw = row.isPublished() && (s == State.PUBLISHED || s == State.DRAFT || s == State.RETURNED);
        String system = messages.getMessage("review.actor.system", null, LocaleContextHolder.getLocale());
        List<Entry> history = store.history(latest.id()).stream()
                .map(r -> new Entry(r.at(), r.actorName() == null ? system : r.actorName(), "review.decision." + r.decision().name(),
                        r.level(), r.version(), r.reason()))
                .toList();
        // the editor who can fix a finding sees it whatever the state: also while the item is in review
        GateVerdict checked = gate.verdict(gate.report(latest));
        return new Panel(key, args, wf.reason(), s.mayBeSubmitted(), mayWithdraw, "/admin/review/items/" + latest.id(),
                history, checked.blocking(), checked.warnings());
    }

    @Override
    public void submit(long itemId, int version, boolean urgent) {
        commands.submit(itemId, version, urgent);
    }

    @Override
    public void requestWithdrawal(long itemId, String reason, boolean urgent) {
        commands.requestWithdrawal(itemId, reason, urgent);
    }

    /** "市保密办的保密审查员": who the waiting level is. */
    private String waitingFor(ReviewWorkflow wf) {
        return wf.currentStep().map(step -> messages.getMessage("review.reviewer",
                new Object[] {sites.unit(step.unitId()).map(Unit::name).orElse("#" + step.unitId()),
                        messages.getMessage("staff.role." + step.role().name(), null, LocaleContextHolder.getLocale())},
                LocaleContextHolder.getLocale())).orElse("");
    }
}
