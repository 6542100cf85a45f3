package org.zhengwu.publishing.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.zhengwu.platform.web.Problem;
import org.zhengwu.platform.web.ProblemPage;
import org.zhengwu.publishing.PublicPageLayout;
import org.zhengwu.publishing.PublicPaths;

/**
 * Problems of every public address (the pages, search, the hall…): a page in the portal's frame, in the script of
 * the address, with a way back to the home page. Last in line: it covers whatever no other part covers.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PublicProblemPage implements ProblemPage {

    private final PublicPageLayout layout;
    private final MessageSource messages;

    PublicProblemPage(PublicPageLayout layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    @Override
    public boolean covers(String path) {
        return true;
    }

    @Override
    public ResponseEntity<byte[]> render(HttpServletRequest request, String path, Problem problem) {
        boolean hant = path.equals(PublicPaths.HANT_PREFIX) || path.startsWith(PublicPaths.HANT_PREFIX + "/");
        String home = messages.getMessage("publishing.notfound.home", null, java.util.Locale.SIMPLIFIED_CHINESE);
        String main = "<h1>" + HtmlUtils.htmlEscape(problem.title()) + "</h1><p>" + HtmlUtils.htmlEscape(problem.message())
                + "</p><p><a href=\"" + (hant ? PublicPaths.HANT_PREFIX + "/" : "/") + "\">" + HtmlUtils.htmlEscape(home)
                + "</a></p>";
        String page = layout.page(null, hant, layout.html(hant, problem.title()), "/", layout.html(hant, main));
        return ProblemPage.html(problem, page);
    }
}
