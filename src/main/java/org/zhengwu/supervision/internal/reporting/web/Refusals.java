package org.zhengwu.supervision.internal.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/** Refused forms of the supervision pages in the page's words, and what was typed, kept to show again. */
public final class Refusals {

    private static final int KEEP = 5000;

    private Refusals() {
    }

    public static FormProblems problems(InvalidReport e, Ui ui) {
        return new FormProblems(e.problems().stream()
                .map(p -> new FormProblems.Item(p.field(), ui.t(p.key(), p.args()))).toList());
    }

    /** The messages one after another, for a list at the top of a page. */
    public static List<String> messages(InvalidReport e, Ui ui) {
        return e.problems().stream().map(p -> ui.t(p.key(), p.args())).toList();
    }

    /** The request's parameters with this prefix, the prefix taken off, each cut to a sane length. */
    public static Map<String, String> typed(Map<String, String> params, String prefix) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                typed.put(k.substring(prefix.length()), kept(v));
            }
        });
        return typed;
    }

    public static String kept(String s) {
        return s == null ? "" : s.length() > KEEP ? s.substring(0, KEEP) : s;
    }
}
