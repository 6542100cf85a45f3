package org.zhengwu.services.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The hall's guide pages are static files ({@link GuidePages}), served before the application. What reaches this
 * controller under their addresses is a guide or a list that is not published (an offline or unknown item, an
 * unknown unit or theme): the hall's own "not found" page, in the address's script. Dynamic pages of the hall
 * (forms, look-ups) have addresses of their own, such as {@code /bsfw/apply/…}.
 */
@Controller
class ServiceHallController {

    private final ServicePages pages;

    ServiceHallController(ServicePages pages) {
        this.pages = pages;
    }

    @GetMapping({"/bsfw/item/**", "/bsfw/unit/**", "/bsfw/audience/**", "/bsfw/theme/**",
            "/zh-hant/bsfw/item/**", "/zh-hant/bsfw/unit/**", "/zh-hant/bsfw/audience/**", "/zh-hant/bsfw/theme/**"})
    ResponseEntity<String> notPublished(HttpServletRequest request) {
        ServiceText t = pages.text(request);
        String title = t.t("service.hall.gone.title");
        return pages.render(HttpStatus.NOT_FOUND, t, "problem", title, HallPaths.HALL,
                new ServiceViews.Problem(title, t.t("service.hall.gone")));
    }
}
