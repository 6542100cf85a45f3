package org.zhengwu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
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
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.platform.abuse.FormGuard;

/**
 * The "too fast" guard against real behaviour, with the default limit ({@code FormGuard} explains the figure): a
 * person who pastes a prepared letter into the write form and sends it about 2 s after the page opened gets the
 * receipt; a robot that fetches the form and posts it straight back is refused with a Chinese message, and the
 * form comes back with the text it sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=127.0.0.1")
@AutoConfigureMockMvc // the suite's test helpers are beans that need it
@Import({TestDatabase.class, TestMail.class})
class LetterFormBrowserTest {

    private static final String LETTER = "我是本市居民，想咨询新能源汽车购置补贴的申领条件和办理地点，请予答复。";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_browser_letters");
    }

    @LocalServerPort
    int port;
    @Autowired
    Hall hall;

    @Test
    void aPersonPastingAPreparedLetterIsAcceptedAfterTwoSeconds() {
        Mailbox box = hall.mailbox(MailboxKind.CONSULTATION, null, 15);
        try (Browser b = new Browser(1280)) {
            b.open("http://localhost:" + port + "/hdjl/write/" + box.code());
            // pasting: each field gets its whole value at once; the pauses are the person moving between fields
            Actions person = new Actions(b.driver);
            paste(b, "name", "王小明");
            paste(b, "phone", "13912345678");
            person.pause(Duration.ofMillis(500)).perform();
            paste(b, "subject", "咨询新能源汽车补贴");
            person.pause(Duration.ofMillis(700)).perform();
            paste(b, "text", LETTER);
            person.pause(Duration.ofMillis(800)).perform();
            b.driver.findElement(By.cssSelector("form.hall-form button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(60)).until(() -> b.driver.getCurrentUrl().endsWith("/hdjl/receipt"));
            assertThat(b.driver.getPageSource()).contains("查询码").doesNotContain("提交过快");
        }
    }

    @Test
    void aRobotPostingTheFormStraightBackIsRefusedAndTheTextIsKept() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.CONSULTATION, null, 15);
        HttpClient client = HttpClient.newHttpClient();
        String url = "http://localhost:" + port + "/hdjl/write/" + box.code();
        String form = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = form.replaceAll("(?s).*name=\"_form\" value=\"([^\"]+)\".*", "$1");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "王小明");
        fields.put("phone", "13912345678");
        fields.put("subject", "广告");
        fields.put("text", LETTER);
        fields.put(FormGuard.TOKEN_FIELD, token);
        fields.put(FormGuard.TRAP_FIELD, "");
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("提交过快，请核对填写内容后再提交一次", LETTER, "value=\"广告\"");
    }

    private static void paste(Browser b, String field, String value) {
        b.js("const e = document.getElementsByName(arguments[0])[0]; e.focus(); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }
}
