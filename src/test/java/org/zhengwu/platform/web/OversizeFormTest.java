package org.zhengwu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhengwu.OwnDatabase;
import org.zhengwu.TestDatabase;
import org.zhengwu.TestMail;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.services.Applications;
import org.zhengwu.services.ServiceItem;

/**
 * A letter or an application whose files pass the server's limit for one request, on a real server (the limit is
 * Tomcat's and the multipart parser's, which a mock request never reaches; lowered to 1 MB here): the citizen gets
 * the hall's own page in the site frame with a 413 that says what to do, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=127.0.0.1", "spring.servlet.multipart.max-request-size=1MB",
        "spring.servlet.multipart.max-file-size=1MB"})
@AutoConfigureMockMvc // the suite's test helpers (Hall) are beans that need it
@Import({TestDatabase.class, TestMail.class})
class OversizeFormTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_oversize");
    }

    @LocalServerPort
    int port;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Applications applications;

    @Test
    void attachmentsOverTheServersLimitGetTheHallsPageAndNothingIsStored() throws Exception {
        Mailbox box = mailboxes.create(new MailboxDetails("big", "测试信箱", MailboxKind.CONSULTATION, "测试", null, null,
                5, 10));
        HttpResponse<String> answer = postOversize("/hdjl/write/" + box.code(), "files",
                Map.of("subject", "附件太大的信", "text", "请看附件。"));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("附件太大，信件没有保存", "附件最多3个、每个不超过10MB", "互动交流")
                .contains("href=\"/hdjl/\"").doesNotContain("后台");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM letter").query(Long.class).single()).isZero();
    }

    @Test
    void anApplicationWhoseMaterialsPassTheServersLimitGetsTheServiceHallsPageAndNothingIsStored() throws Exception {
        ServiceItem item = applications.desk().item();
        HttpResponse<String> answer = postOversize("/bsfw/apply/" + item.code(), "material-1",
                Map.of("applicant.name", "王小明"));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("申请材料太大，申请没有保存", "请压缩或拆分较大的文件", "办事服务")
                .doesNotContain("后台");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isZero();
    }

    /** A multipart post of the given fields and a 1.5 MB file under {@code fileField}, as a browser sends it. */
    private HttpResponse<String> postOversize(String path, String fileField, Map<String, String> fields) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String boundary = "----zhengwu-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            field(body, boundary, f.getKey(), f.getValue());
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"扫描件.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[1_500_000]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
