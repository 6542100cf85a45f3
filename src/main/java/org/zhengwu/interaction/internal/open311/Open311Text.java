package org.zhengwu.interaction.internal.open311;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The API's words: from the bundles in zh-CN (the API has no language negotiation; the hall speaks zh-CN first). */
@Component
class Open311Text {

    private final MessageSource messages;

    Open311Text(MessageSource messages) {
        this.messages = messages;
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
