package org.zhengwu.supervision.internal.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.zhengwu.publishing.PublicPaths;

/**
 * Judges one link of a published page against the published tree: a path of this installation must name a file of
 * the tree, or a folder with an {@code index.html}, or an uploaded file; an address the application answers itself
 * (search, the halls' forms and look-ups, the console) is not a file and is not judged; anything else is external.
 * Each path is looked up on disk once per crawl (the answers are kept), so 100,000 pages linking the same column
 * cost one look-up. Thread-safe.
 */
final class PublishedTree {

    enum Kind { SKIP, DYNAMIC, FOUND, MISSING, INVALID, EXTERNAL }

    /** What a link is: for {@link Kind#EXTERNAL} the absolute address, otherwise the path judged (or null). */
    record Verdict(Kind kind, String target) {
        static final Verdict SKIP = new Verdict(Kind.SKIP, null);
        static final Verdict INVALID = new Verdict(Kind.INVALID, null);
    }

    /**
     * First path segments (below {@code /} and below {@code /zh-hant/}) that the application answers itself: the
     * console, the API, search, the interaction hall, Open311, the reading modes. A wrong address there is the
     * application's 404, which a file look-up cannot see; they are counted, not judged.
     */
    static final Set<String> DYNAMIC = Set.of("admin", "api", "search", "_zw", "login", "logout", "error", "open311",
            "hdjl", "hall", "services", "feeds", "actuator", "static");
    /**
     * The service hall {@code /bsfw/} is published pages (its guides) and, below these segments, the application's
     * forms, look-ups and figures ({@code /bsfw/query}, {@code /bsfw/apply/…}, {@code /bsfw/stats}, {@code /bsfw/handled}).
     */
    static final Set<String> BSFW_DYNAMIC = Set.of("query", "apply", "stats", "handled");

    private final Path root;
    private final Path uploads;
    private final Set<String> ownHosts;
    private final Map<String, String> siteHosts;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    /**
     * @param ownHosts  host names (with port when not the default) of the platform's own address
     * @param siteHosts a site's own host name → its code (a site reached under its own name)
     */
    PublishedTree(Path root, Path uploads, Set<String> ownHosts, Map<String, String> siteHosts) {
        this.root = root;
        this.uploads = uploads;
        this.ownHosts = ownHosts;
        this.siteHosts = siteHosts;
    }

    /** Judges a link as written in the page at {@code pagePath} (entities already decoded). */
    Verdict judge(String raw, String pagePath) {
        String link = raw.strip();
        if (link.isEmpty() || link.charAt(0) == '#') {
            return Verdict.SKIP;
        }
        if (link.charAt(0) == '/' && (link.length() == 1 || link.charAt(1) != '/')) {
            return internal(link);
        }
        String scheme = scheme(link);
        if (scheme == null && !link.startsWith("//")) {
            return relative(link, pagePath);
        }
        if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
            return Verdict.SKIP; // mailto:, tel:, javascript:, data: …
        }
        URI uri;
        try {
            uri = new URI(link.startsWith("//") ? "https:" + link : link);
        } catch (URISyntaxException e) {
            return Verdict.INVALID;
        }
        if (uri.getHost() == null) {
            return Verdict.INVALID;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String hostPort = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (ownHosts.contains(hostPort)) {
            return internal(path);
        }
        String site = siteHosts.get(hostPort);
        if (site != null) {
            return internal(PublicPaths.site(site) + path.substring(1));
        }
        return new Verdict(Kind.EXTERNAL, uri.toString());
    }

    private Verdict relative(String link, String pagePath) {
        try {
            URI base = new URI("http", "h", pagePath, null);
            URI resolved = base.resolve(new URI(null, null, cut(link), null));
            return internal(resolved.getPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Verdict.INVALID;
        }
    }

    /** A path of this installation: query and fragment dropped, percent-escapes decoded, dot segments refused. */
    Verdict internal(String link) {
        String path = cut(link);
        if (path.indexOf('%') >= 0) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Verdict.INVALID;
            }
        }
        if (path.contains("/../") || path.endsWith("/..") || path.contains("/./") || path.indexOf('\\') >= 0
                || path.indexOf('\0') >= 0) {
            return Verdict.INVALID;
        }
        boolean hant = path.startsWith(PublicPaths.HANT_PREFIX + "/");
        String rest = hant ? path.substring(PublicPaths.HANT_PREFIX.length()) : path;
        int slash = rest.indexOf('/', 1);
        String first = slash < 0 ? rest.substring(1) : rest.substring(1, slash);
        if (DYNAMIC.contains(first)) {
            return new Verdict(Kind.DYNAMIC, path);
        }
        if (first.equals("uploads") && !hant) {
            return new Verdict(exists(uploads, rest.substring("/uploads/".length() - 1), false) ? Kind.FOUND : Kind.MISSING, path);
        }
        if (published(path)) {
            return new Verdict(Kind.FOUND, path);
        }
        if (first.equals("assets") && !hant) {
            return new Verdict(Kind.DYNAMIC, path); // the application's own stylesheets and scripts
        }
        if (first.equals("bsfw") && slash > 0) {
            int next = rest.indexOf('/', slash + 1);
            String second = next < 0 ? rest.substring(slash + 1) : rest.substring(slash + 1, next);
            if (BSFW_DYNAMIC.contains(second)) {
                return new Verdict(Kind.DYNAMIC, path);
            }
        }
        return new Verdict(Kind.MISSING, path);
    }

    /** A file of the tree, or a folder with its {@code index.html} ({@code /} is the portal's home). */
    private boolean published(String path) {
        if (path.endsWith("/")) {
            return exists(root, path + "index.html", false);
        }
        return exists(root, path, true);
    }

    private boolean exists(Path base, String path, boolean orFolder) {
        String key = base == root ? path : "\u0000" + path;
        Boolean seen = known.get(key);
        if (seen != null) {
            return seen;
        }
        Path file = base.resolve(path.substring(1)).normalize();
        boolean found = file.startsWith(base) && (Files.isRegularFile(file)
                || (orFolder && Files.isRegularFile(file.resolve("index.html"))));
        known.put(key, found);
        return found;
    }

    /** The address without its query and fragment. */
    private static String cut(String link) {
        int end = link.length();
        int q = link.indexOf('?');
        if (q >= 0) {
            end = q;
        }
        int h = link.indexOf('#');
        if (h >= 0 && h < end) {
            end = h;
        }
        return link.substring(0, end);
    }

    /** The lower-case scheme of an absolute address, or null. */
    private static String scheme(String link) {
        for (int k = 0; k < link.length(); k++) {
            char c = link.charAt(k);
            if (c == ':') {
                return k == 0 ? null : link.substring(0, k).toLowerCase(Locale.ROOT);
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return null;
    }
}
