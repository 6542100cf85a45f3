package org.zhengwu.petitions.internal.officework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;

/**
 * The office's pages' common steps: a refused form in the page's words (status 400) with what was typed, the form
 * that opens a round or declares a period for the ticked units, and a workbook as a download.
 */
public final class OfficeForms {

    /**
     * The office's form for something new for some units: its fields' prefix, its template, the notice once done and
     * where the new thing's page lives ({@code BASE/ID}).
     */
    public record NewForm(String prefix, String view, String doneKey, String base) {
    }

    /** The empty form. */
    public static String blank(NewForm f, OfficeWork work, Model model) {
        work.office();
        return form(f, work, model, Map.of(), List.of(), FormProblems.none());
    }

    /** Creates it from the posted form, or shows the form again with every problem and everything typed. */
    public static String create(NewForm f, OfficeWork work, Map<String, String> params, List<String> units,
                                BiFunction<Map<String, String>, List<String>, Long> create, Ui ui, Model model,
                                RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> typed = typed(params, f.prefix());
        try {
            long id = create.apply(typed, units);
            redirect.addFlashAttribute("notice", ui.t(f.doneKey()));
            return "redirect:" + f.base() + "/" + id;
        } catch (Refused e) {
            return form(f, work, model, typed, units == null ? List.of() : units, problems(e, ui, response));
        }
    }

    private static String form(NewForm f, OfficeWork work, Model model, Map<String, String> typed, List<String> ticked,
                               FormProblems problems) {
        model.addAttribute("typed", typed);
        model.addAttribute("units", work.units());
        model.addAttribute("ticked", ticked);
        model.addAttribute("problems", problems);
        return f.view();
    }

    /** An .xlsx to download under this name. */
    public static ResponseEntity<byte[]> workbook(byte[] xlsx, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(xlsx);
    }

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
