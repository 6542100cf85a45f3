package org.zhengwu.publishing.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.content.PublishTime;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.publishing.GreyMode;
import org.zhengwu.publishing.GreyModeSetting;
import org.zhengwu.publishing.RebuildProgress;
import org.zhengwu.publishing.RebuildSummary;
import org.zhengwu.publishing.SiteRebuild;

/** {@code /admin/publishing}: start a full rebuild and follow it; switch grey mode on, off, or for a period. */
@Controller
@RequestMapping("/admin/publishing")
class PublishingConsole {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final SiteRebuild rebuild;
    private final GreyMode grey;
    private final MessageSource messages;
    private final java.time.Clock clock;

    private final UnitScope scope;

    PublishingConsole(SiteRebuild rebuild, GreyMode grey, MessageSource messages, java.time.Clock clock, UnitScope scope) {
        this.scope = scope;
        this.clock = clock;
        this.rebuild = rebuild;
        this.grey = grey;
        this.messages = messages;
    }

    /** Rebuilding the whole group and grey mode concern every site: site-group administrators only. */
    @ModelAttribute
    void administratorsOnly() {
        scope.requireAdministrator();
    }

    @GetMapping
    String page(Model model, Locale locale) {
        GreyModeSetting s = grey.setting();
        model.addAttribute("v", view(locale, s.mode().name(), input(s.startsAt()), input(s.endsAt()), null));
        return "publishing/console";
    }

    @PostMapping("/rebuild")
    String rebuild(RedirectAttributes redirect, Locale locale) {
        try {
            rebuild.start();
            redirect.addFlashAttribute("notice", messages.getMessage("publishing.rebuild.started", null, locale));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.key(), e.args(), e.key(), locale));
        }
        return "redirect:/admin/publishing";
    }

    @PostMapping("/grey")
    String grey(@RequestParam(required = false) String mode, @RequestParam(required = false) String start,
                @RequestParam(required = false) String end, Principal user, Model model, RedirectAttributes redirect,
                HttpServletResponse response, Locale locale) {
        try {
            grey.change(mode, start, end, user == null ? null : user.getName());
            redirect.addFlashAttribute("notice", messages.getMessage("publishing.grey.saved", null, locale));
            return "redirect:/admin/publishing";
        } catch (RuleViolation e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("v", view(locale, mode, start, end, messages.getMessage(e.key(), e.args(), e.key(), locale)));
            return "publishing/console";
        }
    }

    private ConsoleView view(Locale locale, String mode, String start, String end, String error) {
        RebuildProgress p = rebuild.progress();
        String progress = p.running() ? messages.getMessage("publishing.rebuild.in-progress", new Object[] {
                String.valueOf(p.pagesDone()), String.valueOf(p.pagesEstimated()), p.currentSite() == null ? "" : p.currentSite(),
                String.format(Locale.ROOT, "%.1f", p.elapsed().toMillis() / 1000.0)}, locale) : null;
        String last;
        RebuildSummary s = p.last();
        if (p.lastError() != null) {
            last = messages.getMessage("publishing.rebuild.failed", new Object[] {p.lastError()}, locale);
        } else if (s != null) {
            last = messages.getMessage("publishing.rebuild.last", new Object[] {String.valueOf(s.hansPages()),
                    String.valueOf(s.hantPages()), String.valueOf(s.hansPages() + s.hantPages()),
                    String.format(Locale.ROOT, "%.1f", s.seconds()), SHOWN.format(s.finishedAt())}, locale);
        } else {
            last = messages.getMessage("publishing.rebuild.never", null, locale);
        }
        GreyModeSetting g = grey.setting();
        String state;
        if (g.mode() == GreyModeSetting.Mode.SCHEDULED) {
            String when = grey.activeNow() ? "publishing.grey.state.active"
                    : g.endsAt() != null && !g.endsAt().toInstant().isAfter(clock.instant()) ? "publishing.grey.state.over"
                    : "publishing.grey.state.waiting";
            state = messages.getMessage("publishing.grey.state.SCHEDULED", new Object[] {shown(g.startsAt()), shown(g.endsAt()),
                    messages.getMessage(when, null, locale)}, locale);
        } else {
            state = messages.getMessage("publishing.grey.state." + g.mode().name(), null, locale);
        }
        return new ConsoleView(p, progress, last, state, mode == null ? "OFF" : mode, start, end, error);
    }

    private static String input(OffsetDateTime t) {
        return t == null ? "" : INPUT.format(t.atZoneSameInstant(PublishTime.CHINA));
    }

    private static String shown(OffsetDateTime t) {
        return t == null ? "" : SHOWN.format(t.atZoneSameInstant(PublishTime.CHINA));
    }
}
