package org.zhengwu.checks.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.zhengwu.checks.Finding;
import org.zhengwu.checks.Finding.Kind;
import org.zhengwu.checks.Finding.Severity;
import org.zhengwu.checks.PlainText;
import org.zhengwu.checks.PlainText.Reference;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.SafePaths;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Checks the links and images of a body. A link to a site that is neither a government site ({@code *.gov.cn}) nor
 * on the allow-list is a warning. A link or image of this installation (a path, or the address of the portal or of a
 * site's own host) must name a published page or an uploaded file: the published files are read where publishing
 * writes them (the data directory's {@code public} folder, a folder address meaning its {@code index.html}; uploads
 * under {@code uploads}). Other addresses are asked by {@link LinkProbe}. Every finding here is a warning: a dead
 * link on another site is not the editor's fault, and a reviewer decides.
 */
@Component
public class LinkChecks {

    /** The application's own pages, which are not files and are not judged here. */
    /** The application's own pages (in both scripts): the console, the API, search, the halls, Open311. */
    private static final Set<String> APPLICATION_PATHS = Set.of("admin", "api", "search", "assets", "static", "_zw",
            "hdjl", "bsfw", "open311");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private enum Type { SKIP, INVALID, LOCAL, PRIVATE, EXTERNAL }

    private record Target(Type type, String path, URI uri) {
    }

    private final ChecksProperties properties;
    private final LinkProbe probe;
    private final DataDirectory data;
    private final SiteDirectory sites;
    private final String ownHost;

    LinkChecks(ChecksProperties properties, LinkProbe probe, DataDirectory data, SiteDirectory sites,
               ZhengwuProperties zhengwu) {
        this.properties = properties;
        this.probe = probe;
        this.data = data;
        this.sites = sites;
        this.ownHost = hostOf(zhengwu.baseUrl());
    }

    public List<Finding> check(PlainText body, FieldText field, String pageAddress) {
        List<Finding> findings = new ArrayList<>();
        List<Reference> refs = body.references();
        Target[] targets = new Target[refs.size()];
        Set<URI> external = new LinkedHashSet<>();
        for (int k = 0; k < refs.size(); k++) {
            Reference ref = refs.get(k);
            Target t = classify(ref.url(), pageAddress);
            targets[k] = t;
            boolean image = ref.kind() == Reference.Kind.IMAGE;
            switch (t.type()) {
                case INVALID -> findings.add(broken(field, ref, image ? "checks.image.invalid" : "checks.link.invalid"));
                case PRIVATE -> findings.add(broken(field, ref, image ? "checks.image.private" : "checks.link.private"));
                case LOCAL -> {
                    if (!published(t.path())) {
                        findings.add(broken(field, ref, image ? "checks.image.missing" : "checks.link.missing"));
                    }
                }
                case EXTERNAL -> {
                    if (!image && !properties.trusted(t.uri().getHost())) {
                        findings.add(field.finding(Kind.COMMERCIAL_LINK, Severity.WARNING, ref.start(), ref.end(),
                                "checks.link.commercial", List.of(ref.url(), t.uri().getHost()), null));
                    }
                    if (properties.externalLinks() && external.size() < properties.maxExternalLinks()) {
                        external.add(t.uri());
                    }
                }
                default -> {
                }
            }
        }
        if (!external.isEmpty()) {
            Map<URI, LinkProbe.Outcome> outcomes = probe.probe(external);
            for (int k = 0; k < refs.size(); k++) {
                LinkProbe.Outcome o = targets[k].type() == Type.EXTERNAL ? outcomes.get(targets[k].uri()) : null;
                if (o != null && !o.ok()) {
                    findings.add(unreachable(field, refs.get(k), o));
                }
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::start));
        return findings;
    }

    private Finding broken(FieldText field, Reference ref, String key) {
        Kind kind = ref.kind() == Reference.Kind.IMAGE ? Kind.BROKEN_IMAGE : Kind.BROKEN_LINK;
        return field.finding(kind, Severity.WARNING, ref.start(), ref.end(), key, List.of(ref.url()), null);
    }

    private Finding unreachable(FieldText field, Reference ref, LinkProbe.Outcome o) {
        String what = ref.kind() == Reference.Kind.IMAGE ? "checks.image." : "checks.link.";
        Kind kind = ref.kind() == Reference.Kind.IMAGE ? Kind.BROKEN_IMAGE : Kind.BROKEN_LINK;
        String key = what + switch (o.status()) {
            case HTTP_ERROR -> "http";
            case TIMEOUT -> "timeout";
            case UNKNOWN_HOST -> "unknown-host";
            case PRIVATE -> "private";
            default -> "unreachable";
        };
        List<String> args = o.status() == LinkProbe.Status.HTTP_ERROR
                ? List.of(ref.url(), String.valueOf(o.httpStatus())) : List.of(ref.url());
        return field.finding(kind, Severity.WARNING, ref.start(), ref.end(), key, args, null);
    }

    private Target classify(String url, String pageAddress) {
        String u = url == null ? "" : url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (u.isEmpty() || u.startsWith("#") || lower.startsWith("mailto:") || lower.startsWith("tel:")
                || lower.startsWith("sms:") || lower.startsWith("javascript:") || lower.startsWith("data:")) {
            return new Target(Type.SKIP, null, null);
        }
        if (u.startsWith("//")) {
            u = "https:" + u;
        }
        URI uri;
        try {
            uri = new URI(u.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return new Target(Type.INVALID, null, null);
        }
        if (uri.isAbsolute()) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new Target(Type.SKIP, null, null);
            }
            String host = uri.getHost();
            if (host == null) {
                return new Target(Type.INVALID, null, null);
            }
            host = host.toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (host.equals(ownHost)) {
                return local(path);
            }
            Optional<Site> own = sites.siteByHost(host);
            if (own.isPresent()) {
                String base = "/" + own.get().code();
                return local(path.equals(base) || path.startsWith(base + "/") ? path : base + path);
            }
            if (!properties.checkPrivateAddresses() && privateHost(host)) {
                return new Target(Type.PRIVATE, null, uri);
            }
            return new Target(Type.EXTERNAL, null, uri);
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            return new Target(Type.SKIP, null, null);
        }
        if (path.startsWith("/")) {
            return local(path);
        }
        if (pageAddress == null || !pageAddress.startsWith("/")) {
            return new Target(Type.SKIP, null, null); // relative to a page we do not know
        }
        try {
            return local(new URI(null, null, pageAddress, null).resolve(uri).getRawPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Target(Type.INVALID, null, null);
        }
    }

    private static Target local(String rawPath) {
        try {
            return new Target(Type.LOCAL, URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8), null);
        } catch (IllegalArgumentException e) {
            return new Target(Type.INVALID, null, null);
        }
    }

    /** Whether a path of this installation names a published page or an uploaded file (or one of its own pages). */
    boolean published(String path) {
        if (path.startsWith("/uploads/")) {
            return regularFile(SafePaths.below(data.uploads(), path.substring("/uploads/".length())));
        }
        String page = path.startsWith("/zh-hant/") ? path.substring("/zh-hant".length()) : path;
        int end = page.indexOf('/', 1);
        String first = end < 0 ? page.substring(1) : page.substring(1, end);
        if (APPLICATION_PATHS.contains(first)) {
            return true;
        }
        Path root = data.publicPages();
        if (path.endsWith("/")) {
            return regularFile(SafePaths.below(root, path + "index.html"));
        }
        boolean noExtension = path.lastIndexOf('.') < path.lastIndexOf('/');
        return regularFile(SafePaths.below(root, path))
                || (noExtension && regularFile(SafePaths.below(root, path + "/index.html")));
    }

    private static boolean regularFile(Optional<Path> path) {
        return path.isPresent() && Files.isRegularFile(path.get());
    }

    /** localhost and literal loopback or private addresses, known without asking DNS. */
    private static boolean privateHost(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        if (IPV4.matcher(host).matches() || host.startsWith("[")) {
            try {
                return LinkProbe.isPrivate(InetAddress.getByName(host.replace("[", "").replace("]", "")));
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static String hostOf(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
