package org.zhengwu.supervision.internal.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.zhengwu.publishing.PublicPaths;

/**
 * Reads the published pages of one crawl: every HTML file of the tree (both scripts) once, in parallel, each link
 * judged against the tree, each zh-Hans page's content through the typo check (the zh-Hant mirror is its machine
 * conversion, so a typo is counted once, where it is fixed), external addresses gathered (each once) for
 * the probe. Tallies per site as it goes; keeps only the pages with findings. Not a bean: one per crawl.
 */
final class CrawlRun {

    /** Where a link to another site stands on a page, to charge a failed probe to the page. */
    private record Occurrence(PageTally page, String url, boolean image) {
    }

    /** One page: its site, address, link count and findings (only pages with something to report are kept). */
    static final class PageTally {
        final String site;
        final String path;
        int links;
        final List<Findings.Broken> broken = new ArrayList<>(0);
        List<Findings.Typo> typos = List.of();
        private final Set<String> brokenUrls = new LinkedHashSet<>();

        PageTally(String site, String path) {
            this.site = site;
            this.path = path;
        }

        synchronized void broken(Findings.Broken b) {
            if (brokenUrls.add(b.url())) {
                broken.add(b);
            }
        }

        Findings.Page finding() {
            return new Findings.Page(site, path, links, List.copyOf(broken), typos);
        }
    }

    /** A site's running figures. */
    static final class SiteTally {
        final AtomicInteger pages = new AtomicInteger();
        final AtomicLong internal = new AtomicLong();
        final AtomicLong external = new AtomicLong();
    }

    private final Path root;
    private final PublishedTree tree;
    private final PageTypos typos;
    private final Function<String, String> siteOfPage;
    private final boolean probeExternal;
    private final int threads;
    final AtomicLong pagesRead = new AtomicLong();
    final AtomicLong links = new AtomicLong();
    final Map<String, SiteTally> sites = new ConcurrentHashMap<>();
    private final Queue<PageTally> withFindings = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<Occurrence>> external = new ConcurrentHashMap<>();

    CrawlRun(Path root, PublishedTree tree, PageTypos typos, Function<String, String> siteOfPage, boolean probeExternal,
             int threads) {
        this.root = root;
        this.tree = tree;
        this.typos = typos;
        this.siteOfPage = siteOfPage;
        this.probeExternal = probeExternal;
        this.threads = threads;
    }

    /**
     * The HTML pages of the tree (their public paths), of one site or (scope null) of all. A unit site's pages are
     * its two folders; the portal's are whatever no other site owns, so the whole tree is walked for it.
     */
    List<String> pages(String scope) throws IOException {
        if (scope == null || scope.equals(siteOfPage.apply("/index.html"))) {
            return pagesBelow(root, scope);
        }
        List<String> pages = new ArrayList<>(pagesBelow(root.resolve(scope), scope));
        pages.addAll(pagesBelow(root.resolve(PublicPaths.HANT_PREFIX.substring(1)).resolve(scope), scope));
        return pages;
    }

    private List<String> pagesBelow(Path folder, String scope) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html") && Files.isRegularFile(f))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> scope == null || scope.equals(siteOfPage.apply(p)))
                    .toList();
        }
    }

    /** Reads every page, {@code threads} at a time. */
    void read(List<String> pages) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhengwu-crawl");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                        page(pages.get(i));
                        pagesRead.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void page(String file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(root.resolve(file.substring(1)));
        } catch (java.nio.file.NoSuchFileException e) {
            return; // removed by publishing since the walk
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String site = siteOfPage.apply(file);
        String address = file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
        SiteTally tally = sites.computeIfAbsent(site, s -> new SiteTally());
        PageTally page = new PageTally(site, address);
        int[] counts = new int[2];
        AttributeScanner.Main main = AttributeScanner.scan(bytes, (b, start, end, image) -> {
            String raw = value(b, start, end);
            PublishedTree.Verdict v = tree.judge(raw, address);
            switch (v.kind()) {
                case SKIP -> {
                    return;
                }
                case EXTERNAL -> {
                    counts[1]++;
                    if (probeExternal) {
                        external.computeIfAbsent(v.target(), u -> new ConcurrentLinkedQueue<>())
                                .add(new Occurrence(page, raw, image));
                    }
                }
                case MISSING, INVALID -> {
                    counts[0]++;
                    page.broken(new Findings.Broken(raw, image, false,
                            v.kind() == PublishedTree.Kind.MISSING ? BrokenReason.MISSING : BrokenReason.INVALID, null, null));
                }
                default -> counts[0]++;
            }
        });
        page.links = counts[0] + counts[1];
        if (main.start() >= 0 && !file.startsWith(PublicPaths.HANT_PREFIX + "/")) {
            // the zh-Hant page is the machine conversion of this one: its typos are these, counted once
            page.typos = typos.find(new String(bytes, main.start(), main.end() - main.start(), StandardCharsets.UTF_8));
        }
        tally.pages.incrementAndGet();
        tally.internal.addAndGet(counts[0]);
        tally.external.addAndGet(counts[1]);
        links.addAndGet(page.links);
        if (!page.broken.isEmpty() || !page.typos.isEmpty()) {
            withFindings.add(page);
        }
    }

    /** The different external addresses met, at most {@code max}. */
    List<String> externalAddresses(int max) {
        return external.keySet().stream().sorted().limit(max).toList();
    }

    /** Charges each failed external address to every page that links it. */
    void externalAnswers(Map<String, ProbeAnswer> answers) {
        answers.forEach((url, a) -> {
            if (a.ok()) {
                return;
            }
            for (Occurrence o : external.getOrDefault(url, new ConcurrentLinkedQueue<>())) {
                boolean fresh = o.page().broken.isEmpty() && o.page().typos.isEmpty();
                o.page().broken(new Findings.Broken(o.url(), o.image(), true, a.reason(), a.status(), a.detail()));
                if (fresh) {
                    withFindings.add(o.page());
                }
            }
        });
    }

    /** The pages with findings. */
    List<Findings.Page> findings() {
        return new LinkedHashSet<>(withFindings).stream().map(PageTally::finding).toList();
    }

    /** An attribute's value as a string, with the character references a URL may carry decoded. */
    private static String value(byte[] b, int start, int end) {
        String s = new String(b, start, end - start, StandardCharsets.UTF_8);
        return s.indexOf('&') < 0 ? s : org.owasp.html.Encoding.decodeHtml(s, true);
    }

    /** The site a page belongs to: the first segment below the script prefix when it names a site, else the portal. */
    static Function<String, String> siteOf(Set<String> codes, String portal) {
        return path -> {
            String rest = path.startsWith(PublicPaths.HANT_PREFIX + "/") ? path.substring(PublicPaths.HANT_PREFIX.length()) : path;
            int slash = rest.indexOf('/', 1);
            String first = slash < 0 ? "" : rest.substring(1, slash);
            return codes.contains(first) ? first : portal;
        };
    }
}
