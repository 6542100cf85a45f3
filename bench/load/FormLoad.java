import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Letters or applications through the public form at a fixed rate (open loop: each submission is due at its scheduled
 * time whether or not earlier ones have been answered, and its latency counts from that time, so a stalled server
 * shows in the p99 instead of slowing the generator down). Only the JDK: {@code javac -d DIR bench/load/*.java}.
 *
 * <pre>
 * java FormLoad post   BASE letter|application TARGET RATE SECONDS ACKED   (TARGET: the mailbox or the item code)
 * java FormLoad verify BASE letter|application ACKED                       (see {@link Lookups})
 * java FormLoad lookup BASE letter|application ACKED CLIENTS SECONDS       (see {@link Lookups})
 * </pre>
 *
 * <p>Each of a number of browser sessions (one kept-alive HTTP/1.1 connection each) first opens the form (session
 * cookie, CSRF token, the form's anti-abuse token), waits until a person could have filled it in, then posts the
 * submissions handed to it. A letter counts as acknowledged when the answer is the redirect to the receipt page (the
 * application has committed it by then); an application when the receipt page then shows its number and query code
 * (letters too with {@code -Dreceipts=true}). Each acknowledgement is appended to ACKED as it comes (the run's
 * index, then the number and code when shown), so what was acknowledged before a kill -9 is on disk, to be checked
 * afterwards. System properties: {@code run} (name in the submissions), {@code sessions} (64), {@code fill-millis}
 * (3500).
 */
public class FormLoad {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        Forms kind = Forms.of(args[2]);
        switch (args[0]) {
            case "post" -> post(base, kind, args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Path.of(args[6]));
            case "verify" -> System.exit(Lookups.verify(base, kind, Path.of(args[3])) == 0 ? 0 : 1);
            case "lookup" -> Lookups.load(base, kind, Path.of(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("post, verify or lookup: " + args[0]);
        }
        System.exit(0);
    }

    static void post(URI base, Forms kind, String target, int rate, int seconds, Path out) throws Exception {
        String formPath = kind.formPrefix + target;
        String run = System.getProperty("run", "run");
        boolean receipts = kind == Forms.APPLICATION || Boolean.getBoolean("receipts");
        int sessions = Integer.getInteger("sessions", 64);

        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Http.Conn c = new Http.Conn(base);
            browsers.add(new Browser(c, Forms.Session.open(c, formPath)));
        }
        Thread.sleep(Long.getLong("fill-millis", 3500));

        int total = rate * seconds;
        long[] latencyMicros = new long[total];
        Arrays.fill(latencyMicros, -1);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
        LinkedBlockingQueue<Long> due = new LinkedBlockingQueue<>();
        // what is counted as acknowledged is exactly what reaches the file: an answer after the last drain is late
        Object ackLock = new Object();
        boolean[] closed = {false};
        AtomicLong late = new AtomicLong();
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;

        for (Browser b : browsers) {
            Thread t = new Thread(() -> {
                while (true) {
                    long i;
                    try {
                        i = due.take();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long scheduled = start + i * periodNanos;
                    String[] outcome;
                    try {
                        outcome = b.submit(kind, formPath, receipts, run, i);
                    } catch (IOException e) {
                        outcome = new String[] {e.getClass().getSimpleName()};
                        b.conn.reconnect();
                    }
                    if (outcome.length == 0 || outcome.length == 2) {
                        synchronized (ackLock) {
                            if (closed[0]) {
                                late.incrementAndGet();
                            } else {
                                latencyMicros[(int) i] = (System.nanoTime() - scheduled) / 1000;
                                acknowledged.incrementAndGet();
                                acks.add(outcome.length == 0 ? Long.toString(i)
                                        : i + " " + outcome[0] + " " + outcome[1]);
                            }
                        }
                    } else {
                        failures.computeIfAbsent(outcome[0], k -> new AtomicLong()).incrementAndGet();
                    }
                    done.incrementAndGet();
                }
            });
            t.setDaemon(true);
            t.start();
        }

        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            long next = 0;
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds + 30);
            long lastDrain = 0;
            // hand out whatever is due by now; write acknowledgements as they arrive, so that a kill -9 of the server
            // loses none of them from this file
            while (done.get() < total && System.nanoTime() < deadline) {
                long now = System.nanoTime();
                long dueNow = Math.min(total, (now - start) / periodNanos + 1);
                for (; next < dueNow; next++) {
                    due.add(next);
                }
                if (now - lastDrain > 100_000_000L) {
                    drain(acks, w);
                    lastDrain = now;
                }
                Thread.sleep(1);
            }
            synchronized (ackLock) {
                closed[0] = true;
                drain(acks, w);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] ok = Arrays.stream(latencyMicros).filter(v -> v >= 0).sorted().toArray();
        String what = kind.name().toLowerCase() + "s";
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("%s: %d sent at %d/s for %d s, %d acknowledged, %d failed %s, %d without an answer 30 s "
                + "after the end (%d of them answered later, not counted)%n", what, total, rate, seconds,
                acknowledged.get(), failed, new TreeMap<>(failures), total - acknowledged.get() - failed, late.get());
        System.out.printf("throughput: %.1f acknowledged %s/s over %.1f s%n", acknowledged.get() / elapsed, what,
                elapsed);
        if (ok.length > 0) {
            System.out.printf("latency from the scheduled send: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ok[ok.length / 2] / 1000.0, ok[(int) Math.min(ok.length - 1, Math.floor(ok.length * 0.99))] / 1000.0,
                    ok[ok.length - 1] / 1000.0);
        }
    }

    static void drain(ConcurrentLinkedQueue<String> acks, PrintWriter w) {
        for (String a; (a = acks.poll()) != null; ) {
            w.println(a);
        }
        w.flush();
    }

    /** One browser: a session on the form and one kept-alive connection. */
    record Browser(Http.Conn conn, Forms.Session session) {

        /**
         * Posts one submission: an empty array when acknowledged by the redirect alone, {number, code} when the
         * receipt showed them, {what came back} otherwise.
         */
        String[] submit(Forms kind, String formPath, boolean receipts, String run, long i) throws IOException {
            Forms.Body body = kind.body(session, run, i);
            Http.Response r = session.keep(conn.post(formPath, session.cookie, body.contentType(), body.bytes()));
            String location = r.header(Http.LOCATION);
            // the form answers "saved" with a redirect to the receipt page, after the commit
            if (r.status() != 303 || location == null || !location.endsWith(kind.receiptPath)) {
                return new String[] {"HTTP " + r.status()};
            }
            if (!receipts) {
                return new String[0];
            }
            Http.Response receipt = session.keep(conn.get(kind.receiptPath, session.cookie));
            String[] shown = receipt.status() == 200 ? Forms.shown(receipt.text()) : null;
            return shown != null ? shown : new String[] {"receipt HTTP " + receipt.status() + " without a number"};
        }
    }
}
