package org.zhengwu.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What every console page needs besides its own data: the signed-in user, the CSRF token for its forms, the notice
 * or error carried over from the last action, and the message bundle in the user's language.
 */
public record Ui(String userName, String csrfParameter, String csrfToken, String notice, String error,
                 MessageSource messages, Locale locale) {

    /** The UI text for {@code key} in the user's language (zh-CN first). */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public boolean signedIn() {
        return userName != null;
    }
}
