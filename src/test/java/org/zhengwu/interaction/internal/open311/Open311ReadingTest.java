package org.zhengwu.interaction.internal.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.zhengwu.interaction.internal.open311.Open311Client.children;
import static org.zhengwu.interaction.internal.open311.Open311Client.names;
import static org.zhengwu.interaction.internal.open311.Open311Client.text;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Element;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.SampleLetter;
import org.zhengwu.interaction.SampleLetters;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import tools.jackson.databind.JsonNode;

/**
 * GET requests and GET a request: only published letters are listed, with their redacted texts, filters as the
 * specification defines them, and nothing personal or private ever in the answer, in both formats.
 */
@ZhengwuTest
class Open311ReadingTest {

    private static final String SECRET_SUBJECT = "邻居噪音扰民";
    private static final String SECRET_TEXT = "住在302的张大伟每晚装修";
    private static final String WRITER = "赵秘密";
    private static final String PHONE = "13700001111";
    private static final String REDACTED_SUBJECT = "夜间装修噪音";
    private static final String REDACTED_TEXT = "住在某室的住户每晚装修";
    private static final String REDACTED_ANSWER = "已责成物业处理，装修限于白天。";

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    SampleLetters samples;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    Open311Client api;
    Mailbox box;
    Site unit;
    String published;
    String publicAnswered;
    String privateAnswered;
    String publicOpen;

    @BeforeEach
    void setUp() {
        api = new Open311Client(mvc);
        unit = new ConsoleFixtures(sites, staffAdministration).site();
        box = hall.mailbox(MailboxKind.COMPLAINT, null, 10);
        published = letter(true, "已责成物业处理，张大伟家装修限于白天。").trackingNumber();
        publish(published);
        publicAnswered = letter(true, "已联系城管执法。").trackingNumber();
        privateAnswered = letter(false, "已联系城管执法。").trackingNumber();
        publicOpen = letter(true, null).trackingNumber();
    }

    /**
     * The unit leader's confirmation of the redacted texts, as the publication step stores it (its console is another
     * part of the hall; here only its result matters).
     */
    private void publish(String number) {
        jdbc.sql("INSERT INTO letter_publication (letter_id, decision, answer_round, unit_id, answered_at, subject, body, "
                        + "answer, decided_by, decided_at) SELECT id, 'PUBLISHED', 1, unit_id, answered_at, ?, ?, ?, "
                        + "'leader', answered_at FROM letter WHERE tracking_number = ?")
                .params(REDACTED_SUBJECT, REDACTED_TEXT, REDACTED_ANSWER, number).update();
    }

    private LetterReceipt letter(boolean publicWish, String answer) {
        return samples.create(new SampleLetter(box.code(), WRITER, PHONE, SECRET_SUBJECT, SECRET_TEXT, publicWish,
                unit.unitId(), answer, false, null, null, null, false));
    }

    private MockHttpServletResponse get200(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = api.perform(request);
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertNothingPrivate(r);
        return r;
    }

    private static void assertNothingPrivate(MockHttpServletResponse r) throws Exception {
        assertThat(r.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(SECRET_SUBJECT, SECRET_TEXT, WRITER, PHONE, "张大伟", "已联系");
    }

    private static List<String> numbers(JsonNode list) {
        return list.valueStream().map(n -> n.get("service_request_id").asString()).toList();
    }

    @Test
    void onlyPublishedLettersAreListedWithTheirRedactedTextsOnly() throws Exception {
        JsonNode list = Open311Client.json(get200(get("/open311/v2/requests.json").param("service_code", box.code())));
        assertThat(numbers(list)).containsExactly(published);
        JsonNode r = list.get(0);
        assertThat(r.propertyNames()).containsExactly("service_request_id", "status", "status_notes", "service_name",
                "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
                "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long",
                "media_url");
        assertThat(r.get("status").asString()).isEqualTo("closed");
        assertThat(r.get("service_name").asString()).isEqualTo(box.name());
        assertThat(r.get("agency_responsible").asString()).startsWith("单位");
        assertThat(OffsetDateTime.parse(r.get("requested_datetime").asString()).getOffset().getId()).isEqualTo("+08:00");
        assertThat(r.get("description").asString()).isEqualTo(REDACTED_SUBJECT + "\n\n" + REDACTED_TEXT);
        assertThat(r.get("status_notes").asString()).isEqualTo(REDACTED_ANSWER);

        Element root = Open311Client.xml(get200(get("/open311/v2/requests.xml").param("service_code", box.code())))
                .getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        assertThat(names(root)).containsExactly("request");
        Element request = children(root).get(0);
        assertThat(text(request, "service_request_id")).isEqualTo(published);
        assertThat(text(request, "status")).isEqualTo("closed");
        assertThat(text(request, "status_notes")).isEqualTo(REDACTED_ANSWER);
        assertThat(names(request)).contains("status_notes", "description", "agency_responsible", "requested_datetime",
                "updated_datetime", "lat", "long", "media_url");
    }

    @Test
    void theFiltersOfStatusAndDatesWorkAndBadValuesAre400sNamingTheParameter() throws Exception {
        String now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(1).withNano(0).toString();
        String hourAgo = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).withNano(0).toString();
        assertThat(numbers(Open311Client.json(get200(get("/open311/v2/requests.json").param("service_code", box.code())
                .param("status", "open"))))).isEmpty();
        assertThat(numbers(Open311Client.json(get200(get("/open311/v2/requests.json").param("service_code", box.code())
                .param("status", "open,closed"))))).containsExactly(published);
        assertThat(numbers(Open311Client.json(get200(get("/open311/v2/requests.json").param("service_code", box.code())
                .param("start_date", hourAgo).param("end_date", now))))).containsExactly(published);
        assertThat(numbers(Open311Client.json(get200(get("/open311/v2/requests.json").param("service_code", box.code())
                .param("start_date", OffsetDateTime.now(ZoneId.of("UTC")).plusHours(1).withNano(0).toString()))))).isEmpty();
        assertThat(numbers(Open311Client.json(get200(get("/open311/v2/requests.json").param("service_code", box.code())
                .param("end_date", hourAgo))))).isEmpty();

        MockHttpServletResponse date = api.perform(get("/open311/v2/requests.json").param("start_date", "yesterday"));
        assertThat(date.getStatus()).isEqualTo(400);
        assertThat(Open311Client.json(date).get(0).get("description").asString()).startsWith("start_date ");
        MockHttpServletResponse status = api.perform(get("/open311/v2/requests.xml").param("status", "pending"));
        assertThat(status.getStatus()).isEqualTo(400);
        Open311ServicesTest.assertError(Open311Client.xml(status), 400, "status");
        MockHttpServletResponse order = api.perform(get("/open311/v2/requests.json").param("start_date", now)
                .param("end_date", hourAgo));
        assertThat(order.getStatus()).isEqualTo(400);
    }

    @Test
    void anUnpublishedLetterByItsNumberShowsStatusAndDatesButNoTextAndAPublishedOneItsRedactedText() throws Exception {
        JsonNode pub = Open311Client.json(get200(get("/open311/v2/requests/" + published + ".json"))).get(0);
        assertThat(pub.get("status_notes").asString()).isEqualTo(REDACTED_ANSWER);
        JsonNode unpublished = Open311Client.json(get200(get("/open311/v2/requests/" + publicAnswered + ".json")))
                .get(0);
        assertThat(unpublished.get("status").asString()).isEqualTo("closed");
        assertThat(unpublished.get("description").isNull()).isTrue();
        assertThat(unpublished.get("status_notes").isNull()).isTrue();

        JsonNode priv = Open311Client.json(get200(get("/open311/v2/requests/" + privateAnswered + ".json"))).get(0);
        assertThat(priv.get("service_request_id").asString()).isEqualTo(privateAnswered);
        assertThat(priv.get("status").asString()).isEqualTo("closed");
        assertThat(priv.get("description").isNull()).isTrue();
        assertThat(priv.get("status_notes").isNull()).isTrue();

        Element open = children(Open311Client.xml(get200(get("/open311/v2/requests/" + publicOpen + ".xml")))
                .getDocumentElement()).get(0);
        assertThat(text(open, "status")).isEqualTo("open");
        assertThat(text(open, "expected_datetime")).endsWith("T23:59:59+08:00");
        assertThat(text(open, "description")).isEmpty();

        JsonNode both = Open311Client.json(get200(get("/open311/v2/requests.json")
                .param("service_request_id", privateAnswered + "," + publicOpen + ",XJ20200101AAAAAAAA")
                .param("status", "open")));
        assertThat(numbers(both)).as("the ids override every other parameter")
                .containsExactly(privateAnswered, publicOpen);

        MockHttpServletResponse unknown = api.perform(get("/open311/v2/requests/XJ20200101AAAAAAAA.json"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(Open311Client.json(unknown).get(0).get("code").asInt()).isEqualTo(404);
    }
}
