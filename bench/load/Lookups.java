import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The applicant's look-up by number and query code, as a browser does it: the form posts the pair to the query
 * address, a match answers with a redirect to the progress page (the session now proves the pair), and the browser
 * opens that page. {@link #verify} does it once for every acknowledged submission of a file; {@link #load} does it
 * from a number of clients in a closed loop and reports the latencies.
 */
final class Lookups {

    private Lookups() {
    }

    /** Looks every acknowledged number up with its code; prints and returns how many were not found. */
    static long verify(URI base, Forms kind, Path acked) throws IOException {
        List<String[]> pairs = pairs(acked);
        Http.Conn c = new Http.Conn(base);
        long missing = 0;
        for (String[] p : pairs) {
            if (!lookUp(c, kind, p)) {
                missing++;
                if (missing <= 10) {
                    System.out.println("not found: " + p[0] + " " + p[1]);
                }
            }
        }
        System.out.printf("look-up check: %d acknowledged with a number and a code, %d open through the look-up, "
                + "%d missing%n", pairs.size(), pairs.size() - missing, missing);
        return missing;
    }

    /**
     * CLIENTS threads, each on its own kept-alive connection, look up random acknowledged pairs one after the other
     * for SECONDS; prints p50/p95/p99 of the query post (number + code to redirect) and of the whole look-up (post and
     * the progress page).
     */
    static void load(URI base, Forms kind, Path acked, int clients, int seconds) throws Exception {
        List<String[]> pairs = pairs(acked);
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        List<long[]> posts = new ArrayList<>();
        List<long[]> whole = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        AtomicInteger pageBytes = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            long[] post = new long[300_000];
            long[] all = new long[300_000];
            posts.add(post);
            whole.add(all);
            int seed = t;
            Thread th = new Thread(() -> {
                int n = 0;
                java.util.Random random = new java.util.Random(seed);
                try {
                    Http.Conn c = new Http.Conn(base);
                    while (System.nanoTime() < end && n < post.length) {
                        String[] p = pairs.get(random.nextInt(pairs.size()));
                        long t0 = System.nanoTime();
                        Http.Response r = query(c, kind, p);
                        long t1 = System.nanoTime();
                        String location = r.header(Http.LOCATION);
                        Http.Response page = r.status() == 303 && location != null
                                ? c.get(path(location), r.header(Http.COOKIE)) : null;
                        long t2 = System.nanoTime();
                        if (page == null || page.status() != 200 || !page.text().contains(p[0])) {
                            failures.incrementAndGet();
                        } else if (t0 >= warmUpEnd) {
                            pageBytes.set(page.body().length);
                            post[n] = (t1 - t0) / 1000;
                            all[n] = (t2 - t0) / 1000;
                            n++;
                        }
                    }
                } catch (IOException e) {
                    failures.incrementAndGet();
                }
                post[post.length - 1] = n;
                all[all.length - 1] = n;
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        long[] p = merge(posts);
        long[] w = merge(whole);
        System.out.printf("look-ups: %d in %d s at %d clients (after 5 s warm-up), %.0f/s, %d failed, progress page "
                + "%d bytes%n", p.length, seconds, clients, p.length / (double) seconds, failures.get(), pageBytes.get());
        System.out.printf("query post (number + code -> redirect): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                pct(p, 0.50), pct(p, 0.95), pct(p, 0.99));
        System.out.printf("whole look-up (post + progress page): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                pct(w, 0.50), pct(w, 0.95), pct(w, 0.99));
    }

    private static boolean lookUp(Http.Conn c, Forms kind, String[] p) {
        try {
            Http.Response r = query(c, kind, p);
            String location = r.header(Http.LOCATION);
            if (r.status() != 303 || location == null || !location.endsWith("/" + p[0])) {
                return false;
            }
            Http.Response page = c.get(path(location), r.header(Http.COOKIE));
            return page.status() == 200 && page.text().contains(p[0]);
        } catch (IOException e) {
            c.reconnect();
            return false;
        }
    }

    private static Http.Response query(Http.Conn c, Forms kind, String[] p) throws IOException {
        byte[] body = ("number=" + URLEncoder.encode(p[0], StandardCharsets.UTF_8) + "&code="
                + URLEncoder.encode(p[1], StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return c.post(kind.queryPath, null, "application/x-www-form-urlencoded", body);
    }

    /** The acknowledged lines that carry a number and a code ("index number code"). */
    private static List<String[]> pairs(Path acked) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(acked, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ");
            if (f.length == 3) {
                pairs.add(new String[] {f[1], f[2]});
            }
        }
        return pairs;
    }

    private static String path(String location) {
        URI u = URI.create(location);
        return u.getRawPath();
    }

    private static long[] merge(List<long[]> perThread) {
        return perThread.stream().flatMapToLong(a -> Arrays.stream(a, 0, (int) a[a.length - 1])).sorted().toArray();
    }

    private static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * q))] / 1000.0;
    }
}
