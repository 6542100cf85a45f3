package org.zhengwu.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;

/** Puts the {@link Ui} into the model of every page, so each template can take it as a parameter. */
@ControllerAdvice
class UiAdvice {

    private final MessageSource messages;
    private final UnitScope scope;

    UiAdvice(MessageSource messages, UnitScope scope) {
        this.messages = messages;
        this.scope = scope;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request, Model model) {
        Principal user = request.getUserPrincipal();
        // an error page has no form; reading the token would start a session for every 404
        CsrfToken csrf = request.getDispatcherType() == DispatcherType.ERROR ? null
                : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Ui(user == null ? null : user.getName(),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                (String) model.getAttribute("notice"),
                (String) model.getAttribute("error"),
                messages, RequestContextUtils.getLocale(request),
                scope.current().map(StaffPrincipal::role).orElse(null));
    }
}
