package org.zhengwu.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.zhengwu.platform.console.ConsoleFrame;
import org.zhengwu.platform.console.ConsoleWork;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;

/** Puts the {@link Ui} into the model of every page, so each template can take it as a parameter. */
@ControllerAdvice
class UiAdvice {

    private final MessageSource messages;
    private final UnitScope scope;
    private final ObjectProvider<NoticeCount> notices;
    private final ConsoleWork work;

    UiAdvice(MessageSource messages, UnitScope scope, ObjectProvider<NoticeCount> notices, ConsoleWork work) {
        this.messages = messages;
        this.scope = scope;
        this.notices = notices;
        this.work = work;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request, Model model) {
        Principal user = request.getUserPrincipal();
        // an error page has no form; reading the token would start a session for every 404
        CsrfField csrf = request.getDispatcherType() == DispatcherType.ERROR ? CsrfField.none() : CsrfField.of(request);
        Optional<StaffPrincipal> staff = scope.current();
        return new Ui(user == null ? null : user.getName(),
                csrf,
                (String) model.getAttribute("notice"),
                (String) model.getAttribute("error"),
                messages, RequestContextUtils.getLocale(request),
                staff.map(StaffPrincipal::role).orElse(null),
                staff.map(s -> notices.stream().mapToLong(c -> c.unread(s)).sum()).orElse(0L),
                staff.isPresent() && staff.get().role() != null && path(request).startsWith("/admin")
                        ? work.frame(staff.get(), path(request))
                        : ConsoleFrame.none());
    }

    /** The page's own address, also on an error page (where the request is the error dispatch). */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
