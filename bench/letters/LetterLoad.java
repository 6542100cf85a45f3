import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters through the public form at a fixed rate (open loop: each letter is sent at its scheduled time whether or
 * not earlier ones have been answered, and its latency counts from that time, so a stalled server shows in the
 * p99 instead of slowing the generator down). Only the JDK: {@code java bench/letters/LetterLoad.java ...}.
 *
 * <p>Each of a few browser sessions first opens the form (session cookie, CSRF token, the form's anti-abuse token),
 * waits until a person could have filled it in, then posts. A letter counts as acknowledged when the answer is the
 * redirect to the receipt page (the application has committed it by then); the letter's number in the run (in its
 * subject, {@code 压测RUN-N}) is appended to the output file as the answer comes, so that what was acknowledged before a
 * kill -9 is on disk, to be checked against the database afterwards.
 *
 * <p>Arguments: base URL, mailbox code, letters per second, seconds, acknowledged-letters file.
 */
public class LetterLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern FORM = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");

    record Session(HttpClient client, String csrf, String form) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String mailbox = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        String writePath = System.getProperty("write-path", "/hdjl/write/" + mailbox);
        String run = System.getProperty("run", "run");
        int sessions = Integer.getInteger("sessions", 32);

        List<Session> pool = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + writePath)).build(),
                    HttpResponse.BodyHandlers.ofString());
            pool.add(new Session(client, find(CSRF, form.body(), "CSRF token"), find(FORM, form.body(), "form token")));
        }
        Thread.sleep(Long.getLong("fill-millis", 3500));

        long total = (long) rate * seconds;
        long[] latencyMicros = new long[(int) total];
        Arrays.fill(latencyMicros, -1);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;

        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            AtomicLong next = new AtomicLong();
            // every millisecond, send whatever is due by now
            ticker.scheduleAtFixedRate(() -> {
                long due = Math.min(total, (System.nanoTime() - start) / periodNanos + 1);
                for (long n = next.get(); n < due; n = next.incrementAndGet()) {
                    long i = n;
                    long scheduled = start + i * periodNanos;
                    Session s = pool.get((int) (i % pool.size()));
                    s.client().sendAsync(post(base + writePath, s, run, i), HttpResponse.BodyHandlers.ofString())
                            .whenComplete((r, e) -> {
                                long micros = (System.nanoTime() - scheduled) / 1000;
                                if (e != null) {
                                    failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                                } else {
                                    // the form answers "saved" with a redirect to the receipt page (see HallController)
                                    if (r.statusCode() == 303 && r.headers().firstValue("Location").orElse("")
                                            .endsWith("/hdjl/receipt")) {
                                        latencyMicros[(int) i] = micros;
                                        acknowledged.incrementAndGet();
                                        acks.add(Long.toString(i));
                                    } else {
                                        failures.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                                    }
                                }
                                done.incrementAndGet();
                            });
                }
            }, 0, 1, TimeUnit.MILLISECONDS);

            // write acknowledgements as they arrive, so a kill -9 of the server loses none of them from this file
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds + 30);
            while (done.get() < total && System.nanoTime() < deadline) {
                drain(acks, w);
                Thread.sleep(100);
            }
            ticker.shutdownNow();
            drain(acks, w);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] ok = Arrays.stream(latencyMicros).filter(v -> v >= 0).sorted().toArray();
        System.out.printf("letters: %d sent at %d/s for %d s, %d acknowledged, %d failed %s%n", total, rate, seconds,
                acknowledged.get(), total - acknowledged.get(), failures);
        System.out.printf("throughput: %.1f acknowledged letters/s over %.1f s%n", acknowledged.get() / elapsed, elapsed);
        if (ok.length > 0) {
            System.out.printf("latency from the scheduled send: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ok[ok.length / 2] / 1000.0, ok[(int) Math.min(ok.length - 1, Math.floor(ok.length * 0.99))] / 1000.0,
                    ok[ok.length - 1] / 1000.0);
        }
        System.exit(0);
    }

    static HttpRequest post(String url, Session s, String run, long i) {
        String body = form(Map.of(
                "_csrf", s.csrf(), "_form", s.form(), "homepage", "",
                "name", "压测" + (i % 1000), "phone", "1380013" + String.format("%04d", i % 10000),
                "subject", "压测" + run + "-" + i,
                "text", "我们小区东门外的路灯已经坏了两个星期，晚上出行很不方便，希望有关部门尽快安排维修。编号 " + i,
                "publicWish", "false"));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        String extra = System.getProperty("fields", "");
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return extra.isEmpty() ? b.toString() : b + "&" + extra;
    }

    static void drain(ConcurrentLinkedQueue<String> acks, PrintWriter w) {
        for (String a; (a = acks.poll()) != null; ) {
            w.println(a);
        }
        w.flush();
    }

    static String find(Pattern p, String html, String what) throws IOException {
        Matcher m = p.matcher(html);
        if (!m.find()) {
            throw new IOException("the form page has no " + what + " (" + p + ")");
        }
        return m.group(1);
    }
}
