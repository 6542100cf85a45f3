package org.zhengwu.interaction.internal.survey;

import java.util.function.UnaryOperator;
import org.springframework.web.util.HtmlUtils;

/**
 * The rich texts of a survey (introduction, draft, feedback) as the console sends them: HTML is cleaned by the
 * project's sanitizer; text without any tag is taken as plain text, escaped, one paragraph per line, so an
 * administrator who types no HTML gets what they typed.
 */
final class RichText {

    private RichText() {
    }

    /** The safe HTML of the input; empty when nothing readable is left. */
    static String of(String input, UnaryOperator<String> sanitizer) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return "";
        }
        if (text.indexOf('<') < 0) {
            StringBuilder html = new StringBuilder(text.length() + 32);
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    html.append("<p>").append(HtmlUtils.htmlEscape(line.strip(), "UTF-8")).append("</p>");
                }
            }
            return html.toString();
        }
        String clean = sanitizer.apply(text);
        return readable(clean).isEmpty() ? "" : clean;
    }

    /** The words of sanitized HTML without tags: whether anything is left to read, and what counts in a length. */
    static String readable(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", "")).strip();
    }
}
