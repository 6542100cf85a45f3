package org.zhengwu.services.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.services.internal.application.InvalidApplication;
import org.zhengwu.services.internal.rating.FiguresWorkbook;
import org.zhengwu.services.internal.rating.Rectifications;
import org.zhengwu.services.internal.rating.ServiceFigures;

/**
 * 整改 in the console: the list, one rectification with its rating, and the form that records what was rectified
 * and the return visit and closes it (a refusal re-shows the form with what was typed and changes nothing). Who may
 * see and close is {@link Rectifications}' check. And the public figures as .xlsx for staff.
 */
@Controller
@RequestMapping("/admin/services")
class RectificationConsoleController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Rectifications rectifications;
    private final ServiceFigures figures;
    private final ApplicationRows rows;

    RectificationConsoleController(Rectifications rectifications, ServiceFigures figures, ApplicationRows rows) {
        this.rectifications = rectifications;
        this.figures = figures;
        this.rows = rows;
    }

    @GetMapping("/rectifications")
    String list(Model model) {
        model.addAttribute("rows", rectifications.list());
        names(model);
        model.addAttribute("year", figures.thisYear());
        return "admin/services/rectifications";
    }

    @GetMapping("/rectifications/{number}")
    String show(@PathVariable String number, Model model) {
        return page(number, model, List.of(), Map.of());
    }

    @PostMapping("/rectifications/{number}")
    String close(@PathVariable String number, @RequestParam(required = false) String measures,
                 @RequestParam(required = false) String visitOn, @RequestParam(required = false) String way,
                 @RequestParam(required = false) String view, @ModelAttribute(name = "ui", binding = false) Ui ui,
                 Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        try {
            rectifications.close(number, measures, visitOn, way, view);
        } catch (InvalidApplication e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            List<String> problems = e.problems().stream().map(p -> ui.t(p.key(), p.args())).toList();
            Map<String, String> typed = Map.of("measures", kept(measures), "visitOn", kept(visitOn), "way", kept(way),
                    "view", kept(view));
            return page(number, model, problems, typed);
        }
        redirect.addFlashAttribute("notice", ui.t("service.rectification.closed"));
        return "redirect:/admin/services/rectifications/" + number;
    }

    @GetMapping("/stats.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String year,
                                  @ModelAttribute(name = "ui", binding = false) Ui ui) throws IOException {
        int now = figures.thisYear();
        int y = year != null && year.matches("\\d{4}") ? Integer.parseInt(year) : now;
        y = y < now - 10 || y > now ? now : y;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FiguresWorkbook.write(figures.of(y), k -> ui.t(k), out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("办件统计-" + y + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(out.toByteArray());
    }

    private String page(String number, Model model, List<String> problems, Map<String, String> typed) {
        model.addAttribute("v", rectifications.open(number));
        names(model);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("ways", Rectifications.WAYS);
        return "admin/services/rectification";
    }

    private void names(Model model) {
        model.addAttribute("itemName", (LongFunction<String>) rows::itemName);
        model.addAttribute("unitName", (LongFunction<String>) rows::unitName);
    }

    private static String kept(String s) {
        return s == null ? "" : s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}
