package org.zhengwu.services.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.services.internal.rating.ServiceFigures;

/**
 * The hall's public figures per unit ({@code /bsfw/stats}) and 办件公示 ({@code /bsfw/handled}), in both scripts.
 * Rendered on request (the figures move with every step), kept by caches for five minutes like the hall's pages. A
 * year or a page that is not a number, or out of range, shows this year or the nearest page: never an error.
 */
@Controller
class PublicFiguresController {

    static final String STATS = "/bsfw/stats";
    static final String HANDLED = "/bsfw/handled";

    private final ServicePages pages;
    private final ServiceFigures figures;

    PublicFiguresController(ServicePages pages, ServiceFigures figures) {
        this.pages = pages;
        this.figures = figures;
    }

    @GetMapping({STATS, "/zh-hant" + STATS})
    ResponseEntity<String> stats(@RequestParam(required = false) String year, HttpServletRequest request) {
        ServiceText t = pages.text(request);
        int now = figures.thisYear();
        int y = number(year, now);
        y = y < now - 10 || y > now ? now : y;
        return pages.render(HttpStatus.OK, t, "stats", t.t("service.stats.title"), STATS,
                new FigureViews.Stats(figures.of(y), now));
    }

    @GetMapping({HANDLED, "/zh-hant" + HANDLED})
    ResponseEntity<String> handled(@RequestParam(required = false) String page, HttpServletRequest request) {
        ServiceText t = pages.text(request);
        return pages.render(HttpStatus.OK, t, "handled", t.t("service.handled.title"), HANDLED,
                figures.handled(number(page, 1)));
    }

    private static int number(String typed, int otherwise) {
        if (typed == null || !typed.strip().matches("\\d{1,6}")) {
            return otherwise;
        }
        return Integer.parseInt(typed.strip());
    }
}
