package org.zhengwu.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.zhengwu.publishing.PublicPageLayout;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.search.SearchHit;
import org.zhengwu.search.SearchIndex;
import org.zhengwu.search.SearchQuery;
import org.zhengwu.search.SearchResults;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * The search page in simplified ({@code /search}) and traditional script ({@code /zh-hant/search}), and the JSON
 * answer ({@code /api/v1/search}). Every input gets a 200 answer: a prompt, a refusal to explain, results, or a
 * suggestion when nothing matched.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 50;

    private final SearchIndex index;
    private final SiteDirectory sites;
    private final ChineseScript script;
    private final MessageSource messages;
    private final TemplateEngine templates;
    private final PublicPageLayout layout;

    SearchController(SearchIndex index, SiteDirectory sites, ChineseScript script, MessageSource messages,
                     TemplateEngine templates, PublicPageLayout layout) {
        this.templates = templates;
        this.layout = layout;
        this.index = index;
        this.sites = sites;
        this.script = script;
        this.messages = messages;
    }

    @GetMapping("/search")
    ResponseEntity<String> hans(@RequestParam(required = false) String q, @RequestParam(required = false) String site,
                      @RequestParam(required = false) String page,
                      @RequestParam Map<String, String> params) {
        return page(false, q, site, page, Filters.of(params));
    }

    @GetMapping("/zh-hant/search")
    ResponseEntity<String> hant(@RequestParam(required = false) String q, @RequestParam(required = false) String site,
                      @RequestParam(required = false) String page,
                      @RequestParam Map<String, String> params) {
        return page(true, q, site, page, Filters.of(params));
    }

    @GetMapping(path = "/api/v1/search", produces = "application/json")
    @ResponseBody
    Map<String, Object> api(@RequestParam(required = false) String q, @RequestParam(required = false) String site,
                            @RequestParam(required = false) String page, @RequestParam Map<String, String> params) {
        Filters f = Filters.of(params);
        Outcome o = run(q, site, page, f);
        List<Map<String, Object>> results = new ArrayList<>();
        for (SearchHit h : o.results.hits()) {
            Map<String, Object> r = new java.util.LinkedHashMap<>();
            r.put("title", h.title());
            r.put("url", h.url());
            r.put("site", h.siteName());
            r.put("column", h.column());
            r.put("kind", h.kind());
            r.put("date", h.date() == null ? null : h.date().toString());
            r.put("snippet", plain(h.snippet()));
            results.add(r);
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("total", o.results.total());
        body.put("page", o.page);
        body.put("results", results);
        if (f.problem() != null) {
            body.put("message", messages.getMessage("search.date.invalid", new Object[] {f.problem()}, Locale.SIMPLIFIED_CHINESE));
        } else if (o.input.problem() != null) {
            body.put("message", messages.getMessage(o.input.problem(), new Object[] {SearchInput.MAX_LENGTH}, Locale.SIMPLIFIED_CHINESE));
        }
        return body;
    }

    private record Outcome(SearchInput input, Site site, int page, SearchResults results) {
    }

    /** The filters and the order a visitor asked for; {@code problem} is a date that could not be read. */
    record Filters(String column, String kind, java.time.LocalDate from, java.time.LocalDate to, boolean byDate,
                   String fromText, String toText, String problem) {

        static Filters of(Map<String, String> p) {
            String column = blankToNull(p.get("column"));
            String kind = blankToNull(p.get("kind"));
            if (kind != null) {
                try {
                    kind = org.zhengwu.sites.ColumnKind.parse(kind).name();
                } catch (IllegalArgumentException e) {
                    kind = null;
                }
            }
            String fromText = blankToNull(p.get("from"));
            String toText = blankToNull(p.get("to"));
            String problem = null;
            java.time.LocalDate from = null;
            java.time.LocalDate to = null;
            try {
                from = fromText == null ? null : java.time.LocalDate.parse(fromText);
            } catch (java.time.format.DateTimeParseException e) {
                problem = fromText;
            }
            try {
                to = toText == null ? null : java.time.LocalDate.parse(toText);
            } catch (java.time.format.DateTimeParseException e) {
                problem = problem == null ? toText : problem;
            }
            return new Filters(column, kind, from, to, "date".equals(p.get("sort")), fromText, toText, problem);
        }

        boolean has(String filter) {
            return switch (filter) {
                case "column" -> column != null;
                case "kind" -> kind != null;
                case "from" -> fromText != null;
                case "to" -> toText != null;
                default -> false;
            };
        }

        /** The same filters without one of them. */
        Filters without(String filter) {
            return new Filters("column".equals(filter) ? null : column, "kind".equals(filter) ? null : kind,
                    "from".equals(filter) ? null : from, "to".equals(filter) ? null : to, byDate,
                    "from".equals(filter) ? null : fromText, "to".equals(filter) ? null : toText, problem);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        void addTo(UriComponentsBuilder b, String leaveOut) {
            if (column != null && !"column".equals(leaveOut)) {
                b.queryParam("column", column);
            }
            if (kind != null && !"kind".equals(leaveOut)) {
                b.queryParam("kind", kind);
            }
            if (fromText != null && !"from".equals(leaveOut)) {
                b.queryParam("from", fromText);
            }
            if (toText != null && !"to".equals(leaveOut)) {
                b.queryParam("to", toText);
            }
            if (byDate && !"sort".equals(leaveOut)) {
                b.queryParam("sort", "date");
            }
        }
    }

    private Outcome run(String q, String siteCode, String pageParam, Filters f) {
        SearchInput input = SearchInput.of(q);
        Site site = siteCode == null || siteCode.isBlank() ? null : sites.siteByCode(siteCode.strip()).orElse(null);
        int page = page(pageParam);
        SearchResults results = SearchResults.none();
        if (input.problem() == null && f.problem() == null) {
            results = index.search(new SearchQuery(input.words().stream().map(script::toSimplified).toList(),
                    input.phrases().stream().map(script::toSimplified).toList(),
                    site == null ? null : site.code(), site == null ? null : f.column(), f.kind(), f.from(), f.to(),
                    f.byDate(), (page - 1) * PAGE_SIZE, PAGE_SIZE));
        }
        return new Outcome(input, site, page, results);
    }

    private static int page(String param) {
        try {
            int p = param == null ? 1 : Integer.parseInt(param.strip());
            return Math.min(Math.max(p, 1), MAX_PAGE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private ResponseEntity<String> page(boolean hant, String q, String siteCode, String pageParam, Filters f) {
        Outcome o = run(q, siteCode, pageParam, f);
        Locale locale = hant ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
        String prefix = hant ? PublicPaths.HANT_PREFIX : "";
        String siteCodeShown = o.site == null ? null : o.site.code();
        List<SearchView.Row> rows = o.results.hits().stream().map(h -> new SearchView.Row(
                shown(hant, h.title()), h.url().startsWith("/") ? prefix + h.url() : h.url(), shown(hant, h.siteName()),
                shown(hant, h.column()), h.date() == null ? "" : h.date().toString(), html(shown(hant, h.snippet())))).toList();
        String message = null;
        List<SearchView.Suggestion> suggestions = List.of();
        if (f.problem() != null) {
            message = messages.getMessage("search.date.invalid", new Object[] {f.problem()}, locale);
        } else if (o.input.problem() != null) {
            message = messages.getMessage(o.input.problem(), new Object[] {SearchInput.MAX_LENGTH}, locale);
        } else if (o.results.total() == 0) {
            message = o.site != null
                    ? messages.getMessage("search.none.in-site", new Object[] {shown(hant, o.site.name())}, locale)
                    : messages.getMessage("search.none", null, locale);
            suggestions = suggestions(hant, prefix, o, f, locale);
        }
        long pages = Math.min(MAX_PAGE, (o.results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<SearchView.Option> columns = o.site == null ? List.of() : sites.columns(o.site.id()).stream()
                .filter(c -> c.kind().listsItems())
                .map(c -> new SearchView.Option(c.code(), shown(hant, c.name()))).toList();
        String self = "/search" + query(o.input.text(), siteCodeShown, o.page, f, null);
        SearchView view = new SearchView(prefix + "/search", key -> messages.getMessage(key, null, locale),
                o.input.text(), siteCodeShown, o.site == null ? null : shown(hant, o.site.name()), message, suggestions,
                o.results.total() == 0 ? null : messages.getMessage("search.total", new Object[] {o.results.total()}, locale),
                rows, o.page > 1 ? prefix + "/search" + query(o.input.text(), siteCodeShown, o.page - 1, f, null) : null,
                o.page < pages ? prefix + "/search" + query(o.input.text(), siteCodeShown, o.page + 1, f, null) : null,
                o.site == null ? null : f.column(), columns, f.kind(), f.fromText() == null ? "" : f.fromText(),
                f.toText() == null ? "" : f.toText(), f.byDate(),
                java.util.Arrays.stream(org.zhengwu.sites.ColumnKind.values()).filter(org.zhengwu.sites.ColumnKind::listsItems)
                        .map(Enum::name).toList(),
                active(prefix, o, siteCodeShown, f, locale));
        StringOutput main = new StringOutput(8192);
        templates.render("search/page.jte", view, main);
        String title = o.input.text().isEmpty() ? view.t("search.title") : o.input.text() + " - " + view.t("search.title");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(layout.page(o.site, hant, title, self, main.toString()));
    }

    /**
     * When nothing matched: the same words in every site, without each filter in force, without the quotes, or
     * with one word fewer — each offered only if it finds something, with how much it finds.
     */
    private List<SearchView.Suggestion> suggestions(boolean hant, String prefix, Outcome o, Filters f, Locale locale) {
        List<SearchView.Suggestion> out = new ArrayList<>();
        String site = o.site == null ? null : o.site.code();
        if (o.site != null) {
            offer(out, prefix, messages.getMessage("search.suggest.all-sites", null, locale), o.input.text(), null,
                    f.without("column"), locale);
        }
        for (String filter : List.of("column", "kind", "from", "to")) {
            if (f.has(filter)) {
                offer(out, prefix, messages.getMessage("search.suggest.drop-filter",
                        new Object[] {messages.getMessage("search.filter." + filter, null, locale)}, locale),
                        o.input.text(), site, f.without(filter), locale);
            }
        }
        if (!o.input.phrases().isEmpty()) {
            String unquoted = o.input.text().replaceAll("[\"“”「」]", " ").strip();
            offer(out, prefix, messages.getMessage("search.suggest.unquoted", new Object[] {shown(hant, unquoted)}, locale),
                    unquoted, site, f, locale);
        }
        String[] parts = o.input.text().strip().split("\\s+");
        if (parts.length > 1 && o.input.phrases().isEmpty()) {
            for (int i = 0; i < parts.length && out.size() < 6; i++) {
                List<String> rest = new ArrayList<>(List.of(parts));
                rest.remove(i);
                String fewer = String.join(" ", rest);
                offer(out, prefix, messages.getMessage("search.suggest.fewer", new Object[] {shown(hant, fewer)}, locale),
                        fewer, site, f, locale);
            }
        }
        if (out.isEmpty()) {
            out.add(new SearchView.Suggestion(messages.getMessage("search.suggest.fewer-words", null, locale), null));
        }
        return out;
    }

    private void offer(List<SearchView.Suggestion> out, String prefix, String label, String text, String site,
                       Filters f, Locale locale) {
        SearchInput input = SearchInput.of(text);
        if (input.problem() != null) {
            return;
        }
        long total = index.search(new SearchQuery(input.words().stream().map(script::toSimplified).toList(),
                input.phrases().stream().map(script::toSimplified).toList(), site, site == null ? null : f.column(),
                f.kind(), f.from(), f.to(), false, 0, 1)).total();
        if (total > 0) {
            out.add(new SearchView.Suggestion(label + messages.getMessage("search.suggest.count", new Object[] {total}, locale),
                    prefix + "/search" + query(text, site, 1, f, null)));
        }
    }

    private String shown(boolean hant, String text) {
        return text == null ? "" : hant ? script.toTraditional(text) : text;
    }

    /** The filters in force, each with the address of the same search without it. */
    private List<SearchView.Active> active(String prefix, Outcome o, String site, Filters f, Locale locale) {
        List<SearchView.Active> active = new ArrayList<>();
        String[][] named = {{"column", o.site == null ? null : f.column()},
                {"kind", f.kind() == null ? null : messages.getMessage("column.kind." + f.kind(), null, f.kind(), locale)},
                {"from", f.fromText()}, {"to", f.toText()},
                {"sort", f.byDate() ? messages.getMessage("search.sort.date", null, locale) : null}};
        for (String[] n : named) {
            if (n[1] != null) {
                active.add(new SearchView.Active(messages.getMessage("search.filter." + n[0], null, locale) + "：" + n[1],
                        prefix + "/search" + query(o.input.text(), site, 1, f, n[0])));
            }
        }
        return active;
    }

    private static String query(String q, String site, int page, Filters f, String leaveOut) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("q", q == null ? "" : q);
        if (site != null) {
            b.queryParam("site", site);
        }
        f.addTo(b, leaveOut);
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    /** The snippet as HTML: escaped text, matches in {@code <mark>}. */
    static String html(String snippet) {
        return HtmlUtils.htmlEscape(snippet).replace(String.valueOf(SearchHit.MARK_START), "<mark>")
                .replace(String.valueOf(SearchHit.MARK_END), "</mark>");
    }

    static String plain(String snippet) {
        return snippet.replace(String.valueOf(SearchHit.MARK_START), "").replace(String.valueOf(SearchHit.MARK_END), "");
    }
}
