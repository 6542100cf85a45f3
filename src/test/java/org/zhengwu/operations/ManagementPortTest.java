package org.zhengwu.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.OwnDatabase;
import org.zhengwu.TestDatabase;
import org.zhengwu.TestMail;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.NewLetter;

/**
 * Health and metrics are on the management port only: the public port does not know /actuator, the management port
 * answers health by group and the Prometheus page with the platform's own gauges.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "management.server.port=0", "zhengwu.operations.metrics-cache=0s"})
@AutoConfigureMockMvc // the suite's test helpers (Hall) are beans that need it
@Import({TestDatabase.class, TestMail.class})
class ManagementPortTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LETTERS_WAITING =
            Pattern.compile("(?m)^zhengwu_cases_waiting\\{[^}]*type=\"letter\"[^}]*} ([0-9.]+)$");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_management");
    }

    @LocalServerPort
    int publicPort;
    @LocalManagementPort
    int managementPort;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    Letters letters;

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void thePublicPortAnswersNotFoundForEveryActuatorAddress() throws Exception {
        assertThat(managementPort).isNotEqualTo(publicPort);
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/storage", "/actuator/prometheus",
                "/actuator/backup", "/actuator/env")) {
            assertThat(get(publicPort, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theManagementPortReportsTheDatabaseSearchStorageAndPublishingQueueEachAsAGroup() throws Exception {
        HttpResponse<String> all = get(managementPort, "/actuator/health");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"status\":\"UP\"", "\"db\"", "\"searchIndex\"", "\"dataDirectory\"", "\"publishingQueue\"");
        for (String group : List.of("database", "search", "storage", "publishing")) {
            HttpResponse<String> one = get(managementPort, "/actuator/health/" + group);
            assertThat(one.statusCode()).as(group).isEqualTo(200);
            assertThat(one.body()).as(group).contains("\"status\":\"UP\"");
        }
        assertThat(get(managementPort, "/actuator/health/storage").body()).contains("\"free\"", "\"threshold\"");
        assertThat(get(managementPort, "/actuator/env").statusCode()).as("only what operations needs is exposed")
                .isEqualTo(404);
    }

    @Test
    void thePrometheusPageShowsTheGaugesAndALetterJustReceivedCountsAsWaiting() throws Exception {
        String before = get(managementPort, "/actuator/prometheus").body();
        assertThat(before).contains("zhengwu_publishing_queue", "zhengwu_rebuild_percent", "zhengwu_events_unfinished",
                "zhengwu_sign_in_failures_last_hour", "zhengwu_cases_overdue{", "type=\"application\"");
        double waiting = letters(before);
        var box = mailboxes.create(new MailboxDetails(ConsoleFixtures.code("ops"), "运维信箱", MailboxKind.CONSULTATION,
                "", null, null, 15, 0));
        letters.submit(new NewLetter(box.code(), "李四", "0571-87654321", null, "咨询", "内容", false, List.of()));
        assertThat(letters(get(managementPort, "/actuator/prometheus").body())).isEqualTo(waiting + 1);
    }

    @Test
    void theOnlineBackupIsPostedToTheManagementPortWithoutATokenAndSaysWhyItRefusesAnInMemoryDatabase() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                        + "/actuator/backup")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"directory\": \"target/test-data/never\"}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\":\"refused\"", "pg_dump");
    }

    private static double letters(String page) {
        Matcher m = LETTERS_WAITING.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
