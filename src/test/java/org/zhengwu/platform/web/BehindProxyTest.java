package org.zhengwu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhengwu.OwnDatabase;
import org.zhengwu.TestDatabase;
import org.zhengwu.TestMail;
import org.zhengwu.accounts.SignInHistory;
import org.zhengwu.accounts.SignInRecord;

/**
 * On a real server, as behind nginx on the same machine that ends HTTPS and passes X-Forwarded-Proto and
 * X-Forwarded-For: the session cookie is Secure and HSTS is sent for a request that came in over HTTPS (and not for
 * plain HTTP), the client's own address is the one the sign-in lockout counts, and a published page (served before
 * Spring Security) carries the security headers here too. A mock request never reaches Tomcat, which writes the
 * cookie and reads the forwarded headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=127.0.0.1")
@AutoConfigureMockMvc // the suite's test helpers (Hall) are beans that need it
@Import({TestDatabase.class, TestMail.class})
class BehindProxyTest {

    static final String CSP = SecurityHeadersTest.CSP;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_proxy");
    }

    @LocalServerPort
    int port;
    @Autowired
    SignInHistory history;

    final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndBrowsersAreToldToStayOnHttps() throws Exception {
        HttpResponse<String> https = get("/admin/login", "X-Forwarded-Proto", "https");
        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(https)).contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax");
        assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

        HttpResponse<String> http = get("/admin/login");
        assertThat(sessionCookie(http)).doesNotContain("Secure").contains("; HttpOnly");
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> missing = get("/no-such-site/page.html", "X-Forwarded-Proto", "https");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(missing.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(missing.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void theClientsAddressFromTheLocalProxyIsTheOneASignInIsRecordedAndLockedUnder() throws Exception {
        HttpResponse<String> form = get("/admin/login");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String cookie = sessionCookie(form).split(";")[0];
        String body = "username=nobody-behind-proxy&password=wrong-password1&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .header("X-Forwarded-For", "203.0.113.77").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(history.everyone("nobody-behind-proxy", 0, 10)).extracting(SignInRecord::remoteAddress)
                .containsExactly("203.0.113.77");
    }
}
