package org.zhengwu.search.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.content.PublishTime;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.UnitScope;

/** {@code /admin/search}: re-index the whole group and follow its progress (the page refreshes itself, no script). */
@Controller
@RequestMapping("/admin/search")
class SearchConsole {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final SearchRebuild rebuild;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final MessageSource messages;

    SearchConsole(SearchRebuild rebuild, UnitScope scope, AuditTrail audit, MessageSource messages) {
        this.rebuild = rebuild;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
    }

    /** The index serves every site: site-group administrators only. */
    @ModelAttribute
    void administratorsOnly() {
        scope.requireAdministrator();
    }

    @GetMapping
    String page(Model model, Locale locale) {
        SearchRebuild.Progress p = rebuild.progress();
        String progress = p.running() ? messages.getMessage("search.console.in-progress", new Object[] {
                String.valueOf(p.done()), String.valueOf(p.estimated()),
                String.format(Locale.ROOT, "%.1f", p.elapsed().toMillis() / 1000.0)}, locale) : null;
        String last;
        if (p.lastError() != null) {
            last = messages.getMessage("search.console.failed", new Object[] {p.lastError()}, locale);
        } else if (p.last() != null) {
            last = messages.getMessage("search.console.last", new Object[] {String.valueOf(p.last().items()),
                    String.format(Locale.ROOT, "%.1f", p.last().seconds()),
                    SHOWN.format(p.last().finishedAt().atZoneSameInstant(PublishTime.CHINA))}, locale);
        } else {
            last = messages.getMessage("search.console.never", null, locale);
        }
        model.addAttribute("p", p);
        model.addAttribute("progressText", progress);
        model.addAttribute("lastText", last);
        return "search/console";
    }

    @PostMapping("/reindex")
    String reindex(RedirectAttributes redirect, Locale locale) {
        if (rebuild.start()) {
            audit.record(AuditEvent.of("search.reindex", "search-index", null, null, "重建全站搜索索引"));
            redirect.addFlashAttribute("notice", messages.getMessage("search.console.started", null, locale));
        } else {
            redirect.addFlashAttribute("error", messages.getMessage("search.console.busy", null, locale));
        }
        return "redirect:/admin/search";
    }
}
