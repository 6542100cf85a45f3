package org.zhengwu.petitions.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.zhengwu.petitions.internal.InvalidPetition;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;

/** Refused petition forms in the page's words, and what was typed, kept to show again. */
final class Forms {

    private static final int KEEP = 5000;

    private Forms() {
    }

    static FormProblems problems(InvalidPetition e, Ui ui) {
        return new FormProblems(e.problems().stream()
                .map(p -> new FormProblems.Item(p.field(), ui.t(p.key(), p.args()))).toList());
    }

    /** The request's parameters but the CSRF token, each cut to a sane length. */
    static Map<String, String> typed(Map<String, String> params) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!k.startsWith("_")) {
                typed.put(k, v == null ? "" : v.length() > KEEP ? v.substring(0, KEEP) : v);
            }
        });
        return typed;
    }
}
