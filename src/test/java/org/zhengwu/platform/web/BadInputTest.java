package org.zhengwu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhengwu.OwnDatabase;
import org.zhengwu.TestDatabase;
import org.zhengwu.TestMail;

/**
 * The fixture of the tests that send what no browser sends, on a real server (Tomcat's own parsing is part of what
 * they test, which a mock request never reaches): a raw HTTP client, every ERROR log line caught, and the check that
 * a refusal comes in the format of its address — the Open311 error list under {@code /open311}, JSON under
 * {@code /api}, the console's frame under {@code /admin}, the site frame everywhere else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=127.0.0.1")
@AutoConfigureMockMvc // the suite's test helpers are beans that need it
@Import({TestDatabase.class, TestMail.class})
abstract class BadInputTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_bad_input");
    }

    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void catchErrors() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void noErrorWasLogged() {
        root().detachAppender(log);
        List<String> errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " / " + e.getThrowableProxy().getClassName() + ": "
                        + e.getThrowableProxy().getMessage()))
                .toList();
        assertThat(errors).as("ERROR lines in the log").isEmpty();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    RawHttp.Answer send(String method, String target, Map<String, String> headers, byte[] body) throws Exception {
        return new RawHttp(port).send(method, target.getBytes(StandardCharsets.ISO_8859_1), headers, body);
    }

    RawHttp.Answer get(String target) throws Exception {
        return send("GET", target, Map.of(), null);
    }

    RawHttp.Answer form(String method, String target, byte[] body) throws Exception {
        return send(method, target, Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
    }

    /** No 5xx; a 4xx (but of HEAD) in the format of its address. */
    static void assertRefusalFormat(String what, String method, String target, RawHttp.Answer a) {
        assertThat(a.status()).as(what + ": status").isLessThan(500);
        if (a.status() < 400 || "HEAD".equals(method)) {
            return;
        }
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String type = String.valueOf(a.header("content-type"));
        String body = a.text();
        if (path.startsWith("/open311/") || path.equals("/open311")) {
            if (type.startsWith("application/json")) {
                assertThat(body).as(what + ": Open311 JSON errors").startsWith("[{\"code\":" + a.status() + ",\"description\":\"");
            } else {
                assertThat(type).as(what + ": Open311 XML").startsWith("text/xml");
                assertThat(body).as(what + ": Open311 XML errors").contains("<errors><error><code>" + a.status() + "</code>");
            }
        } else if (path.startsWith("/api/")) {
            assertThat(type).as(what + ": API JSON").startsWith("application/json");
            assertThat(body).as(what + ": API JSON").contains("\"error\":\"");
        } else if (path.equals("/admin") || path.startsWith("/admin/")) {
            assertThat(type).as(what + ": console page").startsWith("text/html");
            assertThat(body).as(what + ": console frame").contains("<header class=\"topbar\"");
        } else {
            assertThat(type).as(what + ": public page").startsWith("text/html");
            assertThat(body).as(what + ": site frame").contains("class=\"site-header\"");
        }
        assertThat(body).as(what + ": no stack trace, no framework page")
                .doesNotContain("Exception", "at org.", "Whitelabel", "Apache Tomcat", "HTTP Status");
    }
}
