package org.zhengwu.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What every console page needs besides its own data: the signed-in user, the CSRF token for its forms, the notice
 * or error carried over from the last action, the message bundle in the user's language, and whether the user is a
 * site-group administrator (who alone sees the group-wide pages in the navigation).
 */
public record Ui(String userName, String csrfParameter, String csrfToken, String notice, String error,
                 MessageSource messages, Locale locale, boolean administrator) {

    /** The UI text for {@code key} in the user's language (zh-CN first). */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public boolean signedIn() {
        return userName != null;
    }
}
