import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters through the public form at a fixed rate (open loop: each letter is due at its scheduled time whether or not
 * earlier ones have been answered, and its latency counts from that time, so a stalled server shows in the p99
 * instead of slowing the generator down). Only the JDK: {@code javac} and {@code java LetterLoad ...}.
 *
 * <p>Each of a number of browser sessions (one kept-alive HTTP/1.1 connection each) first opens the form (session
 * cookie, CSRF token, the form's anti-abuse token), waits until a person could have filled it in, then posts the
 * letters handed to it. A letter counts as acknowledged when the answer is the redirect to the receipt page (the
 * application has committed it by then); the letter's number in the run (in its subject, {@code 压测RUN-N}) is appended
 * to the output file as the answer comes, so that what was acknowledged before a kill -9 is on disk, to be checked
 * against the database afterwards.
 *
 * <p>The HTTP client is a few lines over a socket on purpose: the generator shares the machine's two cores with the
 * server, and the JDK's HttpClient spent about 3 ms of CPU per letter (a third of a core at 100 letters/s).
 *
 * <p>Arguments: base URL, mailbox code, letters per second, seconds, acknowledged-letters file. System properties:
 * {@code run} (name in the subjects), {@code sessions} (64), {@code fill-millis} (3500), {@code write-path}.
 */
public class LetterLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern FORM = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");
    static final Pattern COOKIE = Pattern.compile("(?im)^set-cookie:\\s*(JSESSIONID=[^;\\r\\n]+)");
    static final Pattern RECEIPT = Pattern.compile("(?im)^location:.*/hdjl/receipt\\s*$");
    static final Pattern LENGTH = Pattern.compile("(?m)^content-length:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String mailbox = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        String writePath = System.getProperty("write-path", "/hdjl/write/" + mailbox);
        String run = System.getProperty("run", "run");
        int sessions = Integer.getInteger("sessions", 64);

        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            browsers.add(Browser.open(base, writePath));
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
                    String outcome;
                    try {
                        outcome = b.post(writePath, letter(b, run, i));
                    } catch (IOException e) {
                        outcome = e.getClass().getSimpleName();
                        b.reconnect();
                    }
                    if (outcome == null) {
                        latencyMicros[(int) i] = (System.nanoTime() - scheduled) / 1000;
                        acknowledged.incrementAndGet();
                        acks.add(Long.toString(i));
                    } else {
                        failures.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
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
            drain(acks, w);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] ok = Arrays.stream(latencyMicros).filter(v -> v >= 0).sorted().toArray();
        System.out.printf("letters: %d sent at %d/s for %d s, %d acknowledged, %d failed %s%n", total, rate, seconds,
                acknowledged.get(), total - acknowledged.get(), new TreeMap<>(failures));
        System.out.printf("throughput: %.1f acknowledged letters/s over %.1f s%n", acknowledged.get() / elapsed, elapsed);
        if (ok.length > 0) {
            System.out.printf("latency from the scheduled send: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ok[ok.length / 2] / 1000.0, ok[(int) Math.min(ok.length - 1, Math.floor(ok.length * 0.99))] / 1000.0,
                    ok[ok.length - 1] / 1000.0);
        }
        System.exit(0);
    }

    static String letter(Browser b, String run, long i) {
        Map<String, String> fields = new TreeMap<>(Map.of(
                "_csrf", b.csrf, "_form", b.form, "homepage", "",
                "name", "压测" + (i % 1000), "phone", "1380013" + String.format(Locale.ROOT, "%04d", i % 10000),
                "subject", "压测" + run + "-" + i,
                "text", "我们小区东门外的路灯已经坏了两个星期，晚上出行很不方便，希望有关部门尽快安排维修。编号 " + i,
                "publicWish", "false"));
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    static void drain(ConcurrentLinkedQueue<String> acks, PrintWriter w) {
        for (String a; (a = acks.poll()) != null; ) {
            w.println(a);
        }
        w.flush();
    }

    /** One browser: a session cookie, its tokens, and one kept-alive connection. */
    static final class Browser {
        final URI base;
        final String cookie;
        final String csrf;
        final String form;
        Socket socket;
        InputStream in;
        OutputStream out;

        private Browser(URI base, String cookie, String csrf, String form, Socket socket) throws IOException {
            this.base = base;
            this.cookie = cookie;
            this.csrf = csrf;
            this.form = form;
            attach(socket);
        }

        static Browser open(URI base, String path) throws IOException {
            Socket s = connect(base);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Response r = Response.read(new BufferedInputStream(s.getInputStream()));
            String page = new String(r.body, StandardCharsets.UTF_8);
            Matcher cookie = COOKIE.matcher(r.head);
            if (r.status != 200 || !cookie.find()) {
                throw new IOException("the form page answered " + r.status + " without a session cookie");
            }
            s.close();
            return new Browser(base, cookie.group(1), find(CSRF, page, "CSRF token"), find(FORM, page, "form token"),
                    connect(base));
        }

        /** Posts a letter; null when acknowledged, else what came back instead. */
        String post(String path, String body) throws IOException {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nCookie: " + cookie
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + b.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(b);
            out.flush();
            Response r = Response.read(in);
            if (r.closes) {
                reconnect();
            }
            // the form answers "saved" with a redirect to the receipt page (see HallController)
            if (r.status == 303 && RECEIPT.matcher(r.head).find()) {
                return null;
            }
            return "HTTP " + r.status;
        }

        void reconnect() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // gone already
            }
            try {
                attach(connect(base));
            } catch (IOException e) {
                // the server is down (kill -9): the next post fails fast and counts as failed
            }
        }

        private void attach(Socket s) throws IOException {
            socket = s;
            in = new BufferedInputStream(s.getInputStream());
            out = s.getOutputStream();
        }

        static Socket connect(URI base) throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.setSoTimeout(60_000);
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            return s;
        }
    }

    /** An HTTP/1.1 response: status, header block, body (by Content-Length or chunked). */
    record Response(int status, String head, byte[] body, boolean closes) {

        static Response read(InputStream in) throws IOException {
            String head = headBlock(in);
            int status = Integer.parseInt(head.substring(9, 12));
            String lower = head.toLowerCase(Locale.ROOT);
            byte[] body;
            Matcher length = LENGTH.matcher(lower);
            if (length.find()) {
                body = in.readNBytes(Integer.parseInt(length.group(1)));
            } else if (lower.contains("transfer-encoding: chunked")) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                while (true) {
                    int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                    if (size == 0) {
                        line(in);
                        break;
                    }
                    all.write(in.readNBytes(size));
                    line(in);
                }
                body = all.toByteArray();
            } else {
                body = new byte[0];
            }
            return new Response(status, head, body, lower.contains("connection: close"));
        }

        private static String headBlock(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder();
            for (String l; !(l = line(in)).isEmpty(); ) {
                b.append(l).append('\n');
            }
            if (b.length() < 12) {
                throw new IOException("no response");
            }
            return b.toString();
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }
    }

    static String find(Pattern p, String html, String what) throws IOException {
        Matcher m = p.matcher(html);
        if (!m.find()) {
            throw new IOException("the form page has no " + what + " (" + p + ")");
        }
        return m.group(1);
    }
}
