import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two public forms the generator fills in, as a browser would: a letter ({@code /hdjl/write/MAILBOX},
 * url-encoded) and an application ({@code /bsfw/apply/ITEM}, multipart with files). Each knows its form, receipt and
 * look-up addresses and what its body holds; the n-th submission of a run carries {@code 压测RUN-n} so it can be
 * found again.
 */
enum Forms {

    LETTER("/hdjl/write/", "/hdjl/receipt", "/hdjl/query") {
        @Override
        Body body(Session s, String run, long i) {
            Map<String, String> fields = new TreeMap<>(Map.of(
                    "_csrf", s.csrf, "_form", s.form, "homepage", "",
                    "name", "压测" + (i % 1000), "phone", "1380013" + String.format(Locale.ROOT, "%04d", i % 10000),
                    "subject", "压测" + run + "-" + i,
                    "text", "我们小区东门外的路灯已经坏了两个星期，晚上出行很不方便，希望有关部门尽快安排维修。编号 " + i,
                    "publicWish", "false"));
            StringBuilder b = new StringBuilder();
            fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return new Body("application/x-www-form-urlencoded", b.toString().getBytes(StandardCharsets.UTF_8));
        }
    },

    /**
     * The demo's 生育登记 (QH-CGZ-0001): the applicant, the spouse, the marriage date, the children, the two required
     * copies as small PDFs and, on every fourth application, the optional scan of the marriage certificate.
     */
    APPLICATION("/bsfw/apply/", "/bsfw/apply/receipt", "/bsfw/query") {
        @Override
        Body body(Session s, String run, long i) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_form", s.form);
            fields.put("homepage", "");
            fields.put("applicantName", "压测" + run + "-" + i);
            fields.put("applicantId", "11010519491231002X");
            fields.put("applicantMobile", "1390013" + String.format(Locale.ROOT, "%04d", i % 10000));
            fields.put("spouseName", "配偶" + (i % 1000));
            fields.put("spouseId", "330103199001011230");
            fields.put("marriageDate", "2019-10-01");
            fields.put("children", Long.toString(i % 3));
            Multipart m = new Multipart();
            fields.forEach(m::field);
            m.file("material-1", "身份证复印件.pdf", pdf(i, 3000));
            m.file("material-2", "结婚证复印件.pdf", pdf(i, 3000));
            if (i % 4 == 0) {
                m.file("marriageScan", "结婚证扫描件.pdf", pdf(i, 20_000));
            }
            return m.body();
        }
    };

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern FORM = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");
    /** The receipt shows the number and then the query code, each as {@code <strong class="hall-code">}. */
    static final Pattern SHOWN = Pattern.compile("class=\"hall-code\">([^<]+)</strong>");

    final String formPrefix;
    final String receiptPath;
    final String queryPath;

    Forms(String formPrefix, String receiptPath, String queryPath) {
        this.formPrefix = formPrefix;
        this.receiptPath = receiptPath;
        this.queryPath = queryPath;
    }

    abstract Body body(Session s, String run, long i);

    static Forms of(String kind) {
        return valueOf(kind.toUpperCase(Locale.ROOT));
    }

    record Body(String contentType, byte[] bytes) {
    }

    /**
     * A browser's session on the form: its cookie (the letters' form sets it; the hall's form has none until the first
     * post stores the receipt in a session) and the tokens the form page handed out.
     */
    static final class Session {
        volatile String cookie;
        final String csrf;
        final String form;

        private Session(String cookie, String csrf, String form) {
            this.cookie = cookie;
            this.csrf = csrf;
            this.form = form;
        }

        static Session open(Http.Conn c, String path) throws IOException {
            Http.Response r = c.get(path, null);
            String cookie = r.header(Http.COOKIE);
            if (r.status() != 200) {
                throw new IOException("the form page " + path + " answered " + r.status());
            }
            String page = r.text();
            Matcher csrf = CSRF.matcher(page);
            return new Session(cookie, csrf.find() ? csrf.group(1) : "", find(FORM, page, "form token"));
        }

        /** Keeps the cookie a response sets, as a browser does. */
        Http.Response keep(Http.Response r) {
            String set = r.header(Http.COOKIE);
            if (set != null) {
                cookie = set;
            }
            return r;
        }
    }

    /** The number and query code a receipt page shows, or null when it shows none. */
    static String[] shown(String receiptPage) {
        Matcher m = SHOWN.matcher(receiptPage);
        if (!m.find()) {
            return null;
        }
        String number = m.group(1);
        return m.find() ? new String[] {number, m.group(1)} : null;
    }

    /** A small valid PDF of about {@code size} bytes, different for each application. */
    static byte[] pdf(long i, int size) {
        StringBuilder b = new StringBuilder("%PDF-1.4\n% 压测 ").append(i).append('\n');
        while (b.length() < size) {
            b.append("% padding padding padding padding padding padding padding padding\n");
        }
        return b.append("1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String find(Pattern p, String html, String what) throws IOException {
        Matcher m = p.matcher(html);
        if (!m.find()) {
            throw new IOException("the form page has no " + what + " (" + p + ")");
        }
        return m.group(1);
    }

    /** multipart/form-data as a browser sends it. */
    static final class Multipart {
        private final String boundary = "----zwbench" + Long.toHexString(System.nanoTime());
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        }

        void file(String name, String fileName, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
        }

        Body body() {
            write("--" + boundary + "--\r\n");
            return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
