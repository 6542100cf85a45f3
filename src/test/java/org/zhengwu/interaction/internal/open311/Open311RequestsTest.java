package org.zhengwu.interaction.internal.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;
import static org.zhengwu.interaction.internal.open311.Open311Client.children;
import static org.zhengwu.interaction.internal.open311.Open311Client.names;
import static org.zhengwu.interaction.internal.open311.Open311Client.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.LetterFilter;
import org.zhengwu.interaction.LetterStatus;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;
import tools.jackson.databind.JsonNode;

/**
 * POST a service request with a key (the letter reaches the dispatcher and the writer's look-up), refused posts that
 * store nothing, and the 400s, 403s and 404s in the specification's error format, in both formats.
 */
@ZhengwuTest
class Open311RequestsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    Letters letters;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    ConsoleFixtures fixtures;
    Open311Client api;
    AuditRecords audit;
    StaffUser dispatcher;
    Mailbox box;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staffAdministration);
        api = new Open311Client(mvc);
        audit = new AuditRecords(jdbc);
        dispatcher = fixtures.staff(StaffRole.DISPATCHER, null);
        box = hall.mailbox(MailboxKind.HOTLINE_12345, null, 5);
    }

    private List<String> stored() {
        return letters.list(new LetterFilter(box.code(), null, null, null, 0, 100)).stream()
                .map(l -> l.trackingNumber()).toList();
    }

    @Test
    void aPostWithAGoodKeyCreatesAPrivateLetterTheDispatcherSeesAndTheWriterLooksUp() throws Exception {
        String key = api.issueKey(dispatcher, "12345 移动端");
        MockHttpServletResponse r = api.perform(Open311Client.letter("json", key, box.code())
                .param("address_string", "清河市滨江路 8 号").param("lat", "30.25").param("long", "120.16"));
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.getHeader("Cache-Control")).contains("no-store");
        JsonNode created = Open311Client.json(r).get(0);
        String number = created.get("service_request_id").asString();
        String code = created.get("query_code").asString();
        assertThat(number).matches("XJ\\d{8}[2-9A-Z]{8}");
        assertThat(code).matches("[2-9A-Z]{8}");
        assertThat(created.get("service_notice").asString()).contains(number, code);
        assertThat(stored()).containsExactly(number);

        LetterStatus status = letters.status(number).orElseThrow();
        assertThat(status.publicWish()).as("private unless the app asks for publication").isFalse();
        String list = mvc.perform(get("/admin/letters").with(as(dispatcher))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(number, "小区门口路灯坏了一个月");
        String letter = mvc.perform(get("/admin/letters/" + number).with(as(dispatcher))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(letter).contains("王小明", "13912345678", "清河市滨江路 8 号", "30.25, 120.16");

        String progress = hall.progress(new Hall.Receipt(number, code), hall.lookUp(new Hall.Receipt(number, code)));
        assertThat(progress).contains(number);
        assertThat(audit.last("open311.request.create", number)).get()
                .satisfies(a -> assertThat(a.detail()).contains("12345 移动端"));
        String keys = mvc.perform(get("/admin/open311/keys").with(as(dispatcher))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(keys).contains("12345 移动端").doesNotContain(key);
    }

    @Test
    void aPostInXmlWithThePublicAttributeAnswersWithTheRequestElements() throws Exception {
        String key = api.issueKey(dispatcher, "市民服务 App");
        MockHttpServletResponse r = api.perform(Open311Client.letter("xml", key, box.code())
                .param("attribute[public]", "true").param("jurisdiction_id", "qinghe.gov.cn"));
        assertThat(r.getStatus()).isEqualTo(200);
        Element root = Open311Client.xml(r).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = children(root).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request)).containsExactly("service_request_id", "service_notice", "account_id", "query_code");
        String number = text(request, "service_request_id");
        assertThat(letters.status(number).orElseThrow().publicWish()).isTrue();
        assertThat(text(request, "service_notice")).contains(text(request, "query_code"));
    }

    @Test
    void aPostWithoutAKeyOrWithARevokedOneIsA403AndStoresNothing() throws Exception {
        long before = audit.lastSeq();
        MockHttpServletResponse none = api.perform(Open311Client.letter("json", null, box.code()));
        assertThat(none.getStatus()).isEqualTo(403);
        JsonNode error = Open311Client.json(none).get(0);
        assertThat(error.get("code").asInt()).isEqualTo(403);
        assertThat(error.get("description").asString()).contains("api_key");

        MockHttpServletResponse wrong = api.perform(Open311Client.letter("xml", "zw311_" + "A".repeat(32), box.code()));
        assertThat(wrong.getStatus()).isEqualTo(403);
        Open311ServicesTest.assertError(Open311Client.xml(wrong), 403, "api_key");

        String key = api.issueKey(dispatcher, "旧应用");
        long id = jdbc.sql("SELECT id FROM open311_api_key WHERE key_hash = ?").param(ApiKeys.hash(key))
                .query(Long.class).single();
        mvc.perform(post("/admin/open311/keys/" + id + "/revoke").with(as(dispatcher))
                .with(csrf()));
        MockHttpServletResponse revoked = api.perform(Open311Client.letter("json", key, box.code()));
        assertThat(revoked.getStatus()).isEqualTo(403);

        assertThat(stored()).isEmpty();
        assertThat(audit.since(before)).filteredOn(a -> a.action().equals("open311.request.create"))
                .hasSize(3).allMatch(a -> a.outcome().equals("REFUSED"));
    }

    @Test
    void missingOrBadParametersAre400sNamingTheParameterAndStoreNothing() throws Exception {
        String key = api.issueKey(dispatcher, "测试应用");
        MockHttpServletResponse missing = api.perform(post("/open311/v2/requests.json")
                .contentType("application/x-www-form-urlencoded").param("api_key", key));
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(Open311Client.json(missing).valueStream().map(e -> e.get("description").asString()))
                .containsExactly("缺少参数 service_code", "缺少参数 description");

        MockHttpServletResponse phone = api.perform(Open311Client.letter("xml", key, box.code())
                .with(Hall.set("phone", "12")).with(Hall.set("email", "not-an-address")));
        assertThat(phone.getStatus()).isEqualTo(400);
        Element errors = Open311Client.xml(phone).getDocumentElement();
        assertThat(children(errors).stream().map(e -> text(e, "description")))
                .anyMatch(d -> d.startsWith("phone：")).anyMatch(d -> d.startsWith("email："));

        MockHttpServletResponse markup = api.perform(Open311Client.letter("json", key, box.code())
                .with(Hall.set("description", "<script>alert(1)</script>")));
        assertThat(markup.getStatus()).isEqualTo(400);
        assertThat(Open311Client.json(markup).get(0).get("description").asString()).startsWith("description：");

        MockHttpServletResponse lat = api.perform(Open311Client.letter("json", key, box.code()).param("lat", "north"));
        assertThat(lat.getStatus()).isEqualTo(400);
        assertThat(Open311Client.json(lat).get(0).get("description").asString()).startsWith("lat ");

        MockHttpServletResponse attribute = api.perform(Open311Client.letter("json", key, box.code())
                .param("attribute[public]", "maybe"));
        assertThat(attribute.getStatus()).isEqualTo(400);
        assertThat(Open311Client.json(attribute).get(0).get("description").asString()).contains("attribute[public]");

        MockHttpServletResponse media = api.perform(Open311Client.letter("json", key, box.code())
                .param("media_url", "file:///etc/passwd"));
        assertThat(media.getStatus()).isEqualTo(400);

        MockHttpServletResponse unknown = api.perform(Open311Client.letter("json", key, "no-such-box"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(Open311Client.json(unknown).get(0).get("code").asInt()).isEqualTo(404);

        Mailbox off = mailboxes.setEnabled(hall.mailbox(MailboxKind.COMPLAINT, null, 10).id(), false);
        assertThat(api.perform(Open311Client.letter("json", key, off.code())).getStatus()).isEqualTo(404);

        assertThat(stored()).isEmpty();
        assertThat(letters.list(new LetterFilter(off.code(), null, null, null, 0, 10))).isEmpty();
    }

    @Test
    void aPostWithoutFirstAndLastNameIsALetterAsGeoReportMakesThemOptional() throws Exception {
        String key = api.issueKey(dispatcher, "无姓名应用");
        MockHttpServletResponse r = api.perform(Open311Client.letter("json", key, box.code())
                .with(Hall.set("first_name", "")).with(Hall.set("last_name", "")));
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        String number = Open311Client.json(r).get(0).get("service_request_id").asString();
        assertThat(stored()).containsExactly(number);
        assertThat(mvc.perform(get("/admin/letters/" + number).with(as(dispatcher))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("（未留姓名）");
    }

    @Test
    void aJsonBodyInsteadOfAFormIsRefusedAsMissingParameters() throws Exception {
        MockHttpServletResponse r = api.perform(post("/open311/v2/requests.json").contentType("application/json")
                .content("{\"service_code\":\"" + box.code() + "\"}"));
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(Open311Client.json(r).get(0).get("code").asInt()).isEqualTo(403);
        assertThat(stored()).isEmpty();
    }
}
