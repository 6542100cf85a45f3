package org.zhengwu.supervision.internal.bulletin;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The bulletin's body as the portal notice's HTML: the number, the text, the ranking table, the problems. */
final class NoticeHtml {

    private NoticeHtml() {
    }

    static String of(BulletinDraft d) {
        StringBuilder html = new StringBuilder();
        p(html, d.number());
        d.summary().forEach(s -> p(html, s));
        html.append("<table><caption>").append(esc(d.rankingCaption())).append("</caption><thead><tr>");
        d.rankingHeader().forEach(h -> html.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : d.rankingRows()) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(esc(c)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        if (!d.problems().isEmpty()) {
            html.append("<h2>").append(esc(d.problemsHeading())).append("</h2>");
            for (BulletinDraft.SiteProblems site : d.problems()) {
                html.append("<h3>").append(esc(site.site())).append("</h3><ul>");
                site.lines().forEach(l -> html.append("<li>").append(esc(l)).append("</li>"));
                html.append("</ul>");
            }
        }
        p(html, d.closing());
        p(html, d.signature());
        p(html, d.date());
        return html.toString();
    }

    private static void p(StringBuilder html, String text) {
        html.append("<p>").append(esc(text)).append("</p>");
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
