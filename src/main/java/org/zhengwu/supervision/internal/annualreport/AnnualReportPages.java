package org.zhengwu.supervision.internal.annualreport;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.PublicText;
import org.zhengwu.publishing.PublishedSection;
import org.zhengwu.publishing.SectionPage;
import org.zhengwu.publishing.SectionPages;
import org.zhengwu.publishing.SectionPublishing;
import org.zhengwu.sites.SiteDirectory;

/**
 * The published annual reports on the portal, in both scripts: {@code /ndbb/} lists them, newest year first, and
 * {@code /ndbb/{site}/{year}.html} is one report as it was published, in the reporting site's frame.
 */
@Component
class AnnualReportPages implements PublishedSection {

    static final String FOLDER = "/ndbb/";

    private final AnnualReportStore store;
    private final SiteDirectory sites;
    private final SectionPublishing publishing;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final ChineseScript script;

    AnnualReportPages(AnnualReportStore store, SiteDirectory sites, SectionPublishing publishing,
                      TemplateEngine templates, MessageSource messages, ChineseScript script) {
        this.store = store;
        this.sites = sites;
        this.publishing = publishing;
        this.templates = templates;
        this.messages = messages;
        this.script = script;
    }

    static String path(String siteCode, int year) {
        return FOLDER + siteCode + "/" + year + ".html";
    }

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public long estimatedPages() {
        return store.published().size() + 1L;
    }

    @Override
    public void renderAll(SectionPages out) {
        List<AnnualReport> all = published();
        for (AnnualReport r : all) {
            report(out, r);
        }
        index(out, all);
    }

    /** A report was published (after commit): its page and the list. */
    void published(AnnualReport report) {
        publishing.update(out -> {
            report(out, report);
            index(out, published());
        });
    }

    private List<AnnualReport> published() {
        return store.published().stream().flatMap(r -> sites.site(r.siteId()).stream()
                .map(s -> new AnnualReport(s, r.year(), r.published(), r.publishedAt()))).toList();
    }

    private void report(SectionPages out, AnnualReport r) {
        out.write(path(r.site().code(), r.year()), r.site(), hant -> {
            PublicText t = new PublicText(messages, script, hant);
            String title = t.t("annual.page.title", t.s(r.site().name()), r.year());
            return new SectionPage(title, render("annual-report", t, r));
        });
    }

    private void index(SectionPages out, List<AnnualReport> all) {
        out.write(FOLDER, null, hant -> {
            PublicText t = new PublicText(messages, script, hant);
            return new SectionPage(t.t("annual.index.title"), render("annual-reports", t, all));
        });
    }

    private String render(String template, PublicText t, Object view) {
        StringOutput html = new StringOutput(8192);
        templates.render("supervision/" + template + ".jte", Map.of("t", t, "v", view), html);
        return html.toString();
    }
}
