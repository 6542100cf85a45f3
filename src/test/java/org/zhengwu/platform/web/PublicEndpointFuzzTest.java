package org.zhengwu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;

/**
 * Every public address of the application (read from its request mappings, so a new controller is covered by itself,
 * and the published pages) with every method, random text and bytes, invalid UTF-8 (percent-encoded and raw),
 * broken percent-encoding, huge values and bodies: never a 5xx, every refusal in the format of its address, no
 * ERROR line in the log. Where the application reads the request (not a published file), invalid encoding is a 400
 * and an address over 8 KB a 414. Seeded ({@code -Dzhengwu.fuzz.seed=N} for another run); prints its request count.
 */
class PublicEndpointFuzzTest extends BadInputTest {

    private static final long SEED = Long.getLong("zhengwu.fuzz.seed", 20_261_207L);
    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"};
    private static final String[] BAD_ENCODINGS = {"%ff%fe", "%c3%28", "%e2%82", "%c0%af", "%ed%a0%80", "%f8%88%80%80%80"};
    private static final String[] BAD_ESCAPES = {"%zz", "%", "%4", "%%41"};
    private static final String[] CONTENT_TYPES = {"application/x-www-form-urlencoded", "application/json",
            "multipart/form-data; boundary=zz", "text/xml", "application/octet-stream", "text/plain; charset=gbk"};

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Mailboxes mailboxes;

    @Test
    void noPublicAddressAnswersBadInputWithA5xxAFrameworkPageOrAnErrorInTheLog() throws Exception {
        Mailbox box = mailboxes.create(new MailboxDetails("fuzz", "测试信箱", MailboxKind.CONSULTATION, "测试", null, null,
                5, 10));
        List<String> application = applicationPaths(box.code());
        List<String> published = List.of("/", "/zh-hant/", "/qh/", "/qh/zwgk/1.html", "/assets/site.css");
        Random random = new Random(SEED);
        int count = 0;
        for (String path : concat(application, published)) {
            boolean reads = application.contains(path);
            for (String method : METHODS) {
                count += fuzz(random, path, method, reads);
            }
        }
        System.out.printf("fuzz: %d requests over %d addresses, seed %d%n", count, application.size() + published.size(),
                SEED);
        assertThat(count).isGreaterThan(1000);
    }

    /** One round of every kind of bad input at one address with one method; returns the number of requests. */
    private int fuzz(Random random, String path, String method, boolean reads) throws Exception {
        int n = 0;
        boolean get = method.equals("GET") || method.equals("HEAD");
        List<String> targets = List.of(
                path + "?q=" + encode(text(random, 1 + random.nextInt(200))) + "&page=" + random.nextInt(),
                path + "?q=" + BAD_ENCODINGS[random.nextInt(BAD_ENCODINGS.length)] + "&year=1",
                path + "?" + BAD_ESCAPES[random.nextInt(BAD_ESCAPES.length)] + "=" + BAD_ESCAPES[random.nextInt(BAD_ESCAPES.length)],
                path + "?q=" + "x".repeat(8200 + random.nextInt(4000)));
        for (int i = 0; i < targets.size(); i++) {
            RawHttp.Answer a = send(method, targets.get(i), Map.of(), null);
            n++;
            String what = method + " " + abbreviate(targets.get(i));
            assertRefusalFormat(what, method, targets.get(i), a);
            if (reads && get && i == 1 || reads && get && i == 2) {
                assertThat(a.status()).as(what).isEqualTo(400);
            }
            if (reads && i == 3) { // Tomcat itself refuses TRACE first
                assertThat(a.status()).as(what).isEqualTo(method.equals("TRACE") ? 405 : 414);
            }
        }
        // raw bytes in the request line, and a path segment that is not UTF-8
        for (String target : new String[] {path + "?q=\u00ff\u00fe\u00c3(", path + (path.endsWith("/") ? "" : "/") + "%ff%fe"}) {
            RawHttp.Answer a = send(method, target, Map.of(), null);
            n++;
            // a request line Tomcat cannot read has no address to go by: then the portal's page is the right one
            boolean unread = a.status() == 400 && a.text().contains("class=\"site-header\"");
            assertRefusalFormat(method + " " + abbreviate(target), method, unread ? "/" : target, a);
        }
        // bodies: random bytes of every content type, invalid UTF-8 in a form, sometimes over the form size limit
        for (String type : CONTENT_TYPES) {
            byte[] body = new byte[random.nextInt(40) == 0 ? 3 * 1024 * 1024 : random.nextInt(5000)];
            random.nextBytes(body);
            RawHttp.Answer a = send(method, path, Map.of("Content-Type", type), body);
            n++;
            assertRefusalFormat(method + " " + path + " with " + body.length + " random bytes as " + type, method, path, a);
        }
        RawHttp.Answer form = send(method, path, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                ("description=" + BAD_ENCODINGS[random.nextInt(BAD_ENCODINGS.length)] + "&subject=%e4%b8").getBytes(
                        StandardCharsets.US_ASCII));
        n++;
        assertRefusalFormat(method + " " + path + " with an invalid form", method, path, form);
        return n;
    }

    /** The application's own public addresses, variables filled in: the console and the error page are not public. */
    private List<String> applicationPaths(String mailbox) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{format}", "json");
        values.put("{code}", mailbox);
        values.put("{number}", "XJ20261207ABCDEFGH");
        values.put("{id}", "1");
        values.put("{seq}", "1");
        values.put("{questionId}", "1");
        values.put("**", "x/y.png");
        TreeSet<String> paths = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (!pattern.startsWith("/admin") && !pattern.equals("/error")) {
                String path = pattern;
                for (Map.Entry<String, String> v : values.entrySet()) {
                    path = path.replace(v.getKey(), v.getValue());
                }
                paths.add(path.replaceAll("\\{[^}]+}", "1"));
                if (pattern.contains("{format}")) {
                    paths.add(path.replace(".json", ".xml"));
                }
            }
        }));
        assertThat(paths).contains("/search", "/api/v1/search", "/open311/v2/requests.json", "/hdjl/write/" + mailbox);
        return new ArrayList<>(paths);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Random text: letters, Chinese, markup, quotes, control characters and characters outside the BMP. */
    private static String text(Random random, int length) {
        String alphabet = "abcXYZ019 政务公开互动<>&\"';()[]{}\\/\t\n\r\u0000\u202e\ufeff";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(20);
            if (pick == 0) {
                s.appendCodePoint(0x1F600 + random.nextInt(50));
            } else {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return s.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String target) {
        return target.length() > 120 ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
    }
}
