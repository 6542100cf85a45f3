package org.zhengwu.publishing.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;

/** Renders page models to bytes with the precompiled jte templates, and writes feeds and sitemaps. */
@Component
public class PageRenderer {

    private final TemplateEngine engine;
    private final Texts texts;
    private final Frames frames;

    PageRenderer(TemplateEngine engine, Texts texts, Frames frames) {
        this.engine = engine;
        this.texts = texts;
        this.frames = frames;
    }

    public byte[] home(Views.HomeView v) {
        return render("publishing/home.jte", v);
    }

    public byte[] list(Views.ListView v) {
        return render("publishing/list.jte", v);
    }

    public byte[] item(Views.ItemView v) {
        return render("publishing/item.jte", v);
    }

    /** A page another module made, in the site's frame. */
    public byte[] wrapped(Views.WrappedView v) {
        return render("publishing/wrapped.jte", v);
    }

    public byte[] notFound(Views.NotFoundView v) {
        return render("publishing/notfound.jte", v);
    }

    private byte[] render(String template, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, model, out);
        return out.toByteArray();
    }

    /** RSS 2.0 of a column: its first list page. */
    public byte[] feed(Frame f, Site site, Column c, List<Row> rows) {
        String base = frames.baseUrl();
        String link = base + f.href(PublicPaths.column(site.code(), c.code()));
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>\n<title>");
        escape(x, f.columnName(c.id(), c.name()) + " - " + f.siteName()).append("</title>\n<link>");
        escape(x, link).append("</link>\n<description>");
        escape(x, f.siteName() + " " + f.columnName(c.id(), c.name())).append("</description>\n<language>")
                .append(f.lang()).append("</language>\n<atom:link href=\"");
        escape(x, base + f.href(PublicPaths.feed(site.code(), c.code()))).append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (Row r : rows) {
            var s = r.summary();
            boolean external = s.externalLink() != null && !s.externalLink().isBlank();
            String href = external ? s.externalLink() : base + f.href(PublicPaths.item(site.code(), c.code(), s.id()));
            x.append("<item><title>");
            escape(x, r.title(f.script(), texts)).append("</title><link>");
            escape(x, href).append("</link><guid isPermaLink=\"").append(!external).append("\">");
            escape(x, external ? base + f.href(PublicPaths.item(site.code(), c.code(), s.id())) : href).append("</guid>");
            if (s.publishedAt() != null) {
                x.append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(s.publishedAt())).append("</pubDate>");
            }
            if (s.summary() != null && !s.summary().isBlank()) {
                x.append("<description>");
                escape(x, f.text(s.summary())).append("</description>");
            }
            x.append("</item>\n");
        }
        x.append("</channel></rss>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A sitemap of one site in one script: the addresses are simplified-script paths. */
    public byte[] sitemap(Frame f, List<String> paths) {
        String base = frames.baseUrl();
        StringBuilder x = new StringBuilder(64 + paths.size() * 64);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) {
            x.append("<url><loc>");
            escape(x, base + f.href(p)).append("</loc></url>\n");
        }
        x.append("</urlset>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    static StringBuilder escape(StringBuilder out, String s) {
        if (s == null) {
            return out;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 does not allow are dropped rather than written
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out;
    }
}
