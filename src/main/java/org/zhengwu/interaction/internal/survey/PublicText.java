package org.zhengwu.interaction.internal.survey;

import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.context.MessageSource;
import org.zhengwu.platform.text.ChineseScript;

/**
 * The words of a public survey page in its script: labels from the surveys bundle and the survey's own texts,
 * converted to traditional characters on the {@code /zh-hant} pages; rich text through the site frame's converter,
 * which leaves markup and addresses alone.
 */
public final class PublicText {

    private final boolean traditional;
    private final MessageSource messages;
    private final ChineseScript script;
    private final BiFunction<Boolean, String, String> richText;

    PublicText(boolean traditional, MessageSource messages, ChineseScript script,
               BiFunction<Boolean, String, String> richText) {
        this.traditional = traditional;
        this.messages = messages;
        this.script = script;
        this.richText = richText;
    }

    /** A label of the bundle. */
    public String t(String key, Object... args) {
        return c(messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE));
    }

    /** A text of the survey (title, prompt, option). */
    public String c(String text) {
        return text == null || !traditional ? text : script.toTraditional(text);
    }

    /** Sanitized HTML of the survey (introduction, draft, feedback). */
    public String html(String html) {
        return html == null ? "" : richText.apply(traditional, html);
    }

    /** The address prefix of the page's script: "" or "/zh-hant". */
    public String prefix() {
        return traditional ? "/zh-hant" : "";
    }

    public boolean traditional() {
        return traditional;
    }
}
