package org.zhengwu.publishing.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.zhengwu.publishing.PageViews;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Serves the published pages, ahead of Spring Security and MVC: {@code GET}/{@code HEAD} of {@code /} (the portal),
 * {@code /{site}/…}, {@code /zh-hant/…}, and of any path on a site's own host name. Folder addresses get their
 * {@code index.html}; answers carry ETag and Last-Modified and honour conditional requests; text files are sent as
 * their brotli or gzip copy when the request accepts it ({@link Precompression}); an unknown page gets the
 * published 404 page in its script. Anything that is not a plain path of letters, digits, '-', '_', '.' and '/' is
 * refused before a file is touched. The application's own paths ({@code /admin}, {@code /api}, {@code /assets},
 * {@code /uploads}, {@code /search} and {@code /zh-hant/search}, the interaction hall {@code /hdjl} and
 * {@code /zh-hant/hdjl}, the service hall {@code /bsfw} and {@code /zh-hant/bsfw}, {@code /_zw}, …) pass down the
 * chain, except the service hall's published guide pages, which are files like the rest. The security headers are
 * already set by then ({@code platform.web.SecurityHeaders}).
 */
final class PublicPageFilter implements Filter {

    /** First path segments the application answers itself (the sites module reserves them as site codes). */
    static final Set<String> APPLICATION_PATHS = Set.of("admin", "api", "uploads", "assets", "search", "_zw", "login",
            "logout", "error", "static", "open311", "hall", "services", "sitemap", "feeds", "actuator", "hdjl", "bsfw",
            "v3"); // v3: the OpenAPI document (/v3/api-docs)
    /** Application paths that also have a traditional-script address under {@code /zh-hant}. */
    static final Set<String> HANT_APPLICATION_PATHS = Set.of("search", "hdjl", "bsfw");
    /** Application paths whose published files (a module's {@code PublishedSection}) answer before the application. */
    static final Set<String> PUBLISHED_FIRST = Set.of("bsfw");


    private final PublicFolder folder;
    private final PageCache cache;
    private final SiteDirectory sites;
    private final List<PageViews> views;

    PublicPageFilter(PublicFolder folder, SiteDirectory sites, List<PageViews> views) {
        this.folder = folder;
        this.cache = folder.cache();
        this.sites = sites;
        this.views = List.copyOf(views);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            chain.doFilter(req, res);
            return;
        }
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (!context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        if (applicationPath(uri)) {
            // a hall's published pages are served as files; its dynamic addresses (forms, look-ups) reach the application
            if (!publishedFirst(uri) || check(uri) != 0 || !serve(request, response, lookUp(uri), head)) {
                chain.doFilter(req, res);
            }
            return;
        }
        int verdict = check(uri);
        if (verdict == 400) {
            response.sendError(400); // the error page writes it in the site frame
            return;
        }
        String script = "";
        String rest = uri;
        if (uri.startsWith(PublicPaths.HANT_PREFIX + "/")) {
            script = PublicPaths.HANT_PREFIX;
            rest = uri.substring(PublicPaths.HANT_PREFIX.length());
        } else if (uri.equals(PublicPaths.HANT_PREFIX)) {
            script = PublicPaths.HANT_PREFIX;
            rest = "/";
        }
        if (verdict != 0) {
            notFound(response, script, head);
            return;
        }
        Site own = sites.siteByHost(request.getServerName()).orElse(null);
        if (own != null) {
            // on a site's own host name "/x" is "/{site}/x"; page links written as "/{site}/x" work too
            String base = "/" + own.code();
            if (!rest.equals(base) && !rest.startsWith(base + "/")) {
                rest = base + rest;
            }
        }
        Found found = lookUp(script.isEmpty() ? rest : script + rest);
        if (!serve(request, response, found, head)) {
            notFound(response, script, head);
        } else if (!head && !views.isEmpty() && found.key().endsWith(".html")) {
            viewed(found.key().substring(script.length()), request);
        }
    }

    /** Tells the {@link PageViews} of a page served (a listener's failure never fails the page). */
    private void viewed(String path, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String agent = request.getHeader("User-Agent");
        for (PageViews v : views) {
            try {
                v.viewed(path, address, agent);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(PublicPageFilter.class).warn("page view not counted", e);
            }
        }
    }

    /** A published file and the key it was found under (its compressed copies sit beside that key). */
    private record Found(String key, PageCache.Entry page) {
    }

    /** The published file of an address: a folder address (with or without its last '/') means its index.html. */
    private Found lookUp(String key) throws IOException {
        if (key.charAt(key.length() - 1) == '/') {
            key = key + "index.html";
        }
        PageCache.Entry page = cache.get(folder.root(), key);
        if (page == null && key.lastIndexOf('.') < key.lastIndexOf('/')) {
            key = key + "/index.html";
            page = cache.get(folder.root(), key);
        }
        return page == null ? null : new Found(key, page);
    }

    /** Answers with the page (or 304); false when there is none. */
    private boolean serve(HttpServletRequest request, HttpServletResponse response, Found found, boolean head)
            throws IOException {
        if (found == null) {
            return false;
        }
        String key = found.key();
        PageCache.Entry page = found.page();
        String contentType = page.contentType;
        if (Precompression.text(key)) {
            response.setHeader("Vary", "Accept-Encoding");
            page = compressed(request, response, folder.root(), key, page);
        }
        if (notModified(request, page)) {
            response.setStatus(304);
            response.setHeader("ETag", page.etag);
            response.setHeader("Last-Modified", page.lastModified);
            return true;
        }
        response.setStatus(200);
        response.setContentType(contentType);
        response.setHeader("ETag", page.etag);
        response.setHeader("Last-Modified", page.lastModified);
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setContentLength(page.body.length);
        if (!head) {
            response.getOutputStream().write(page.body);
        }
        return true;
    }

    /**
     * The page's compressed copy the request takes best, with its {@code Content-Encoding} set; the page itself when
     * the request takes none or there is no current copy (one older than its page is left over from a write cut
     * short, and is never sent). Range requests are answered whole, like every page here, so the coding cannot
     * split a range.
     */
    private PageCache.Entry compressed(HttpServletRequest request, HttpServletResponse response, Path root, String key,
                                       PageCache.Entry page) throws IOException {
        for (Precompression.Coding coding : AcceptedCodings.of(request.getHeader("Accept-Encoding"))) {
            PageCache.Entry copy = cache.get(root, PublicFolder.copy(key, coding));
            if (copy != null && copy.modified >= page.modified) {
                response.setHeader("Content-Encoding", coding.token);
                return copy;
            }
        }
        return page;
    }

    private void notFound(HttpServletResponse response, String script, boolean head) throws IOException {
        PageCache.Entry page = cache.get(folder.root(), script + "/404.html");
        if (page == null) {
            response.sendError(404); // nothing published yet: the error page draws the frame
            return;
        }
        byte[] body = page.body;
        response.setStatus(404);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    static boolean applicationPath(String uri) {
        if (uri.startsWith(PublicPaths.HANT_PREFIX + "/")) {
            // the traditional-script search page and interaction hall
            return HANT_APPLICATION_PATHS.contains(firstSegment(uri.substring(PublicPaths.HANT_PREFIX.length())));
        }
        return APPLICATION_PATHS.contains(firstSegment(uri));
    }

    static boolean publishedFirst(String uri) {
        String rest = uri.startsWith(PublicPaths.HANT_PREFIX + "/") ? uri.substring(PublicPaths.HANT_PREFIX.length()) : uri;
        return PUBLISHED_FIRST.contains(firstSegment(rest));
    }

    private static String firstSegment(String uri) {
        int end = uri.indexOf('/', 1);
        return end < 0 ? uri.substring(Math.min(1, uri.length())) : uri.substring(1, end);
    }

    /**
     * 0 when the path is a plain public path; 400 when it tries to climb out of the folder (dot segments, encoded
     * dots or slashes, backslashes, NUL); 404 when it cannot name a published file (other characters, hidden files).
     */
    static int check(String uri) {
        int n = uri.length();
        if (n == 0 || uri.charAt(0) != '/') {
            return 400;
        }
        int verdict = 0;
        int segment = 1;
        for (int i = 1; i <= n; i++) {
            char c = i < n ? uri.charAt(i) : '/';
            if (c == '/') {
                int length = i - segment;
                if (length == 0 && i < n) {
                    return 400;
                }
                if (length > 0 && uri.charAt(segment) == '.') {
                    if (length == 1 || (length == 2 && uri.charAt(segment + 1) == '.')) {
                        return 400;
                    }
                    verdict = 404;
                }
                segment = i + 1;
            } else if (c == '%') {
                if (i + 2 < n) {
                    char a = uri.charAt(i + 1);
                    char b = Character.toLowerCase(uri.charAt(i + 2));
                    if ((a == '2' && (b == 'e' || b == 'f')) || (a == '5' && b == 'c') || (a == '0' && b == '0')) {
                        return 400;
                    }
                }
                verdict = 404;
            } else if (c == '\\' || c == 0) {
                return 400;
            } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) {
                verdict = 404;
            }
        }
        return verdict;
    }

    private static boolean notModified(HttpServletRequest request, PageCache.Entry page) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            if (match.trim().equals("*")) {
                return true;
            }
            for (String tag : match.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals(page.etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && page.modified / 1000 * 1000 <= since;
    }
}
