package org.zhengwu.petitions.internal.officework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;

/** A refused form in the page's words (status 400), and what was typed, kept to be shown again. */
public final class OfficeForms {

    private static final int KEEP = 2000;

    private OfficeForms() {
    }

    public static FormProblems problems(Refused e, Ui ui, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return new FormProblems(e.problems().stream()
                .map(p -> new FormProblems.Item(p.field(), ui.t(p.key(), p.args()))).toList());
    }

    /** The parameters whose names start with {@code prefix}, without it. */
    public static Map<String, String> typed(Map<String, String> params, String prefix) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                typed.put(k.substring(prefix.length()), v == null ? "" : v.length() > KEEP ? v.substring(0, KEEP) : v);
            }
        });
        return typed;
    }
}
