package org.zhengwu.operations.internal.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.review.ReviewFixtures;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content API as a feeding system (新媒体, OA) uses it with its unit's key: the console's services, checks and
 * review chain, its unit's site only, Chinese refusals that store nothing.
 */
@ZhengwuTest
class ContentApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ContentQueries queries;

    ContentKeyClient client;
    AuditRecords audit;
    Site site;
    Column news;
    StaffUser administrator;
    String key;

    @BeforeEach
    void setUp() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(sites, staff);
        ReviewFixtures reviewers = new ReviewFixtures(sites, directory, staff);
        reviewers.offices();
        client = new ContentKeyClient(mvc);
        audit = new AuditRecords(jdbc);
        site = fixtures.site();
        news = fixtures.column(site, ColumnKind.NEWS);
        reviewers.unitReviewerOf(site);
        administrator = fixtures.administrator();
        key = client.issue(administrator, site.unitId(), "县融媒体中心 " + ConsoleFixtures.code("k"));
    }

    private String draft(long column, String title) {
        return "{\"columnId\": " + column + ", \"title\": \"" + title + "\", \"bodyHtml\": \"<p>正文</p>\", "
                + "\"publishedAt\": \"2026-11-20 09:30\"}";
    }

    private static JsonNode body(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString());
    }

    private long items() {
        return jdbc.sql("SELECT COUNT(*) FROM content_item").query(Long.class).single();
    }

    @Test
    void aFeedingSystemCreatesUpdatesAndSubmitsItsUnitsItemWhichThenWaitsForTheUnitsReviewer() throws Exception {
        MockHttpServletResponse created = client.json(key, post("/api/v1/content"), draft(news.id(), "融媒体稿件"));
        assertThat(created.getStatus()).isEqualTo(201);
        long id = body(created).get("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/content/" + id);
        assertThat(body(created).get("status").asString()).isEqualTo("DRAFT");
        assertThat(body(created).get("statusText").asString()).isEqualTo("草稿");

        MockHttpServletResponse updated = client.json(key, put("/api/v1/content/" + id), draft(news.id(), "融媒体稿件（修改）"));
        assertThat(updated.getStatus()).isEqualTo(200);
        assertThat(body(updated).get("latestVersion").asInt()).isEqualTo(2);
        assertThat(queries.latestVersion(id).orElseThrow().title()).isEqualTo("融媒体稿件（修改）");

        MockHttpServletResponse submitted = client.call(key, post("/api/v1/content/" + id + "/submission"));
        assertThat(submitted.getStatus()).isEqualTo(200);
        assertThat(body(submitted).get("review").asString()).startsWith("审核中：第1级");
        assertThat(body(submitted).get("maySubmit").asBoolean()).isFalse();

        JsonNode read = body(client.call(key, get("/api/v1/content/" + id)));
        assertThat(read.get("review").asString()).startsWith("审核中：第1级");
        assertThat(read.get("publishedVersion").isNull()).as("nothing goes online without review").isTrue();

        assertThat(audit.last("content.create", id)).get()
                .satisfies(a -> assertThat(a.actorName()).startsWith("apikey:zwapi_").contains("县融媒体中心"));
        assertThat(jdbc.sql("SELECT last_used_at FROM content_api_key WHERE key_prefix = ?").param(key.substring(0, 12))
                .query(java.time.OffsetDateTime.class).single()).isNotNull();
    }

    @Test
    void aSaveWhoseSubmissionTheChecksStopIsKeptAsADraftAndTheAnswerSaysWhy() throws Exception {
        MockHttpServletResponse r = client.json(key, post("/api/v1/content?submit=true"), "{\"columnId\": " + news.id()
                + ", \"title\": \"补贴名单\", \"bodyHtml\": \"<p>申请人身份证号码11010519491231002X，符合条件。</p>\"}");
        assertThat(r.getStatus()).isEqualTo(201);
        JsonNode state = body(r);
        assertThat(state.get("submitRefused").asString()).contains("疑似居民身份证号码“11010519491231002X”");
        assertThat(state.get("review").asString()).isEqualTo("草稿（第1版），尚未提交审核");
        assertThat(state.get("blockingFindings").toString()).contains("11010519491231002X");
        assertThat(queries.item(state.get("id").asLong())).isPresent();
    }

    @Test
    void aKeyOfOneUnitCannotCreateReadOrChangeAnotherUnitsContentAndTheAttemptIsRecorded() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(sites, staff);
        Site other = fixtures.site();
        Column otherNews = fixtures.column(other, ColumnKind.NEWS);
        String otherKey = client.issue(administrator, other.unitId(), "另一单位的 OA");
        long theirs = body(client.json(otherKey, post("/api/v1/content"), draft(otherNews.id(), "他们的稿件"))).get("id").asLong();
        long before = items();
        long seq = audit.lastSeq();

        MockHttpServletResponse create = client.json(key, post("/api/v1/content"), draft(otherNews.id(), "越权新建"));
        assertThat(create.getStatus()).isEqualTo(403);
        assertThat(body(create).get("error").asString()).contains("不属于本接口密钥所属的单位");
        assertThat(client.call(key, get("/api/v1/content/" + theirs)).getStatus()).isEqualTo(403);
        assertThat(client.json(key, put("/api/v1/content/" + theirs), draft(otherNews.id(), "越权修改")).getStatus())
                .isEqualTo(403);
        assertThat(client.json(key, put("/api/v1/content/" + theirs), draft(news.id(), "搬到本单位")).getStatus())
                .isEqualTo(403);
        assertThat(client.call(key, post("/api/v1/content/" + theirs + "/submission")).getStatus()).isEqualTo(403);

        assertThat(items()).isEqualTo(before);
        assertThat(queries.latestVersion(theirs).orElseThrow().title()).isEqualTo("他们的稿件");
        assertThat(audit.since(seq)).filteredOn(r -> r.action().equals("content.api.refused")).hasSize(5)
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo("REFUSED"));
    }

    @Test
    void badInputIsA400WithTheConsolesChineseMessageAndNothingIsStored() throws Exception {
        long before = items();
        MockHttpServletResponse noTitle = client.json(key, post("/api/v1/content"),
                "{\"columnId\": " + news.id() + ", \"title\": \"  \"}");
        assertThat(noTitle.getStatus()).isEqualTo(400);
        assertThat(body(noTitle).get("error").asString()).isEqualTo("请填写标题（不超过500个字）");

        MockHttpServletResponse noColumn = client.json(key, post("/api/v1/content"), "{\"title\": \"没有栏目\"}");
        assertThat(body(noColumn).get("error").asString()).isEqualTo("请选择栏目");

        MockHttpServletResponse broken = client.json(key, post("/api/v1/content"), "{\"title\": ");
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(body(broken).get("error").asString()).contains("不是有效的 JSON");

        MockHttpServletResponse badDate = client.json(key, post("/api/v1/content"), "{\"columnId\": " + news.id()
                + ", \"title\": \"日期不对\", \"publishedAt\": \"明天\"}");
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(body(badDate).get("error").asString()).contains("明天");

        assertThat(client.call(key, get("/api/v1/content/999999999")).getStatus()).isEqualTo(404);
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void aMissingUnknownOrRevokedKeyIsA401ThatReachesNothing() throws Exception {
        long before = items();
        MockHttpServletResponse none = client.json(null, post("/api/v1/content"), draft(news.id(), "无密钥"));
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(body(none).get("error").asString()).contains("缺少接口密钥");
        assertThat(client.json("zwapi_guessed", post("/api/v1/content"), draft(news.id(), "猜的密钥")).getStatus())
                .isEqualTo(401);

        long id = jdbc.sql("SELECT id FROM content_api_key WHERE key_prefix = ?").param(key.substring(0, 12))
                .query(Long.class).single();
        mvc.perform(post("/admin/api-keys/" + id + "/revoke").with(ConsoleFixtures.as(administrator))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        MockHttpServletResponse revoked = client.json(key, post("/api/v1/content"), draft(news.id(), "吊销后"));
        assertThat(revoked.getStatus()).isEqualTo(401);
        assertThat(body(revoked).get("error").asString()).isEqualTo("接口密钥无效或已吊销");
        assertThat(audit.last("operations.key.revoke", id)).isPresent();
        assertThat(items()).isEqualTo(before);
    }
}
