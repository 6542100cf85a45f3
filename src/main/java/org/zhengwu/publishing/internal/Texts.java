package org.zhengwu.publishing.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.text.ChineseScript;

/**
 * The words on public pages: labels from the publishing bundle in each script, and content text converted to the
 * traditional script for the zh-Hant mirror (phrase by phrase, with {@link ChineseScript}).
 */
@Component
public class Texts {

    private final MessageSource messages;
    private final ChineseScript chinese;
    private final Map<Script, Map<String, String>> labels = new EnumMap<>(Script.class);

    Texts(MessageSource messages, ChineseScript chinese) {
        this.messages = messages;
        this.chinese = chinese;
        for (Script s : Script.values()) {
            labels.put(s, new ConcurrentHashMap<>());
        }
    }

    /** A label of the publishing bundle in the script's language. */
    public String label(Script script, String key) {
        return labels.get(script).computeIfAbsent(key, k -> messages.getMessage(k, null, k, script.locale()));
    }

    public String format(Script script, String key, Object... args) {
        return messages.getMessage(key, args, key, script.locale());
    }

    /** Content text in the script: unchanged for simplified, converted for traditional. */
    public String text(Script script, String value) {
        return script == Script.HANS || value == null || value.isEmpty() ? value : chinese.toTraditional(value);
    }

    /** Rich text in the script: only the text between tags is converted, so addresses and markup stay intact. */
    public String html(Script script, String html) {
        if (script == Script.HANS || html == null || html.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 16);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                lt = n;
            }
            if (lt > i) {
                String text = html.substring(i, lt);
                out.append(isAscii(text) ? text : chinese.toTraditional(text));
            }
            if (lt >= n) {
                break;
            }
            int gt = html.indexOf('>', lt);
            int end = gt < 0 ? n : gt + 1;
            out.append(html, lt, end);
            i = end;
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
