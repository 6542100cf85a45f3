package org.zhengwu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;
import static org.zhengwu.review.ReviewFixtures.approve;
import static org.zhengwu.review.ReviewFixtures.returnIt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentStatus;
import org.zhengwu.publishing.SiteRebuild;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

/**
 * The review chain end to end through the console, as editors and reviewers use it, on the test database: what each
 * sees, what is stored, what goes online, and what the audit log keeps.
 */
@ZhengwuTest
class ReviewChainTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ContentQueries queries;
    @Autowired
    AuditLog audit;
    @Autowired
    SiteRebuild rebuild;

    ConsoleFixtures fixtures;
    ReviewFixtures reviewers;
    Site site;
    Column news;
    StaffUser editor;
    StaffUser leader;
    StaffUser governmentOffice;
    StaffUser partyOffice;
    StaffUser secrecy;
    StaffUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staff);
        reviewers = new ReviewFixtures(siteAdministration, directory, staff);
        reviewers.offices();
        site = fixtures.site();
        news = fixtures.column(site, ColumnKind.NEWS);
        editor = fixtures.editorOf(site);
        leader = reviewers.unitReviewerOf(site);
        governmentOffice = reviewers.officeReviewer(reviewers.governmentOffice());
        partyOffice = reviewers.officeReviewer(reviewers.partyOffice());
        secrecy = reviewers.secrecyReviewer();
        admin = fixtures.administrator();
    }

    /** The editor writes and submits; returns the item's id. */
    long submit(String title, String body, String category) throws Exception {
        String location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", title).param("bodyHtml", body).param("publishedAt", "2026-11-20 09:30")
                        .param("category", category).param("then", "submit"))
                .andExpect(flash().attribute("notice", "已提交审核")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void save(long id, String title, String body) throws Exception {
        mvc.perform(post("/admin/content/" + id).with(as(editor)).with(csrf()).param("columnId", String.valueOf(news.id()))
                        .param("title", title).param("bodyHtml", body).param("publishedAt", "2026-11-20 09:30"))
                .andExpect(status().is3xxRedirection());
    }

    void resubmit(long id, String title, String body) throws Exception {
        mvc.perform(post("/admin/content/" + id).with(as(editor)).with(csrf()).param("columnId", String.valueOf(news.id()))
                        .param("title", title).param("bodyHtml", body).param("publishedAt", "2026-11-20 09:30")
                        .param("then", "submit"))
                .andExpect(flash().attribute("notice", "已提交审核"));
    }

    String page(String path) throws Exception {
        var r = mvc.perform(get(path)).andReturn().getResponse();
        return r.getStatus() == 200 ? r.getContentAsString(StandardCharsets.UTF_8) : "";
    }

    String itemPage(long id) {
        return "/" + site.code() + "/" + news.code() + "/" + id + ".html";
    }

    List<String> auditActions(long itemId) {
        return audit.latest(400).stream().filter(r -> String.valueOf(itemId).equals(r.targetId()))
                .map(r -> r.action() + (r.outcome() == AuditRecord.Outcome.REFUSED ? "!" : "")).toList();
    }

    void publishThroughTheChain(long id, int version, StaffUser office) throws Exception {
        for (StaffUser r : new StaffUser[] {leader, office, secrecy}) {
            approve(mvc, r, id, version).andExpect(flash().attribute("notice", "已审核通过"));
        }
    }

    @Test
    void theStandardChainTakesAnItemFromItsEditorThroughThreeLevelsOnline() throws Exception {
        long id = submit("三级审核的稿件", "<p>正文</p>", "GOVERNMENT");

        // each level sees it in its queue only when it is its turn
        mvc.perform(get("/admin/review").with(as(secrecy))).andExpect(content().string(not(containsString("三级审核的稿件"))));
        mvc.perform(get("/admin/review").with(as(leader))).andExpect(content().string(containsString("三级审核的稿件")));
        mvc.perform(get("/admin/review/items/" + id).with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("首次审核：以下内容均为新增")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        approve(mvc, leader, id, 1).andExpect(flash().attribute("notice", "已审核通过"));
        mvc.perform(get("/admin/review").with(as(governmentOffice))).andExpect(content().string(containsString("三级审核的稿件")));
        approve(mvc, governmentOffice, id, 1);
        assertThat(queries.item(id).orElseThrow().status()).isEqualTo(ContentStatus.DRAFT);
        approve(mvc, secrecy, id, 1);

        assertThat(queries.item(id).orElseThrow().isPublished()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page(itemPage(id))).contains("三级审核的稿件"));
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("已发布（第1版）")))
                .andExpect(content().string(containsString("审核通过")))
                .andExpect(content().string(containsString("申请撤稿")));
        assertThat(auditActions(id)).contains("review.submitted", "review.approved", "review.published", "content.publish");
    }

    @Test
    void aReturnNeedsAReasonWhichTheEditorSeesBeforeResubmitting() throws Exception {
        long id = submit("要退回的稿件", "<p>数据有误</p>", "GOVERNMENT");
        returnIt(mvc, leader, id, 1, "  ").andExpect(flash().attribute("error", "请填写理由"));
        assertThat(auditActions(id)).contains("review.returned!");
        returnIt(mvc, leader, id, 1, "第二段数据请核实").andExpect(flash().attribute("notice", "已退回"));

        mvc.perform(get("/admin/review").with(as(editor))).andExpect(content().string(containsString("要退回的稿件")))
                .andExpect(content().string(containsString("第二段数据请核实")));
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("退回或驳回的理由：第二段数据请核实")))
                .andExpect(content().string(containsString("已退回修改")));

        resubmit(id, "要退回的稿件", "<p>数据已核实</p>");
        mvc.perform(get("/admin/review/items/" + id).with(as(leader)))
                .andExpect(content().string(containsString("第2版")))
                .andExpect(content().string(containsString("数据已核实")));
        approve(mvc, leader, id, 2).andExpect(flash().attribute("notice", "已审核通过"));
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("退回修改")))
                .andExpect(content().string(containsString("第二段数据请核实")))
                .andExpect(content().string(not(containsString("退回或驳回的理由"))));
    }

    @Test
    void partyMattersGoToThePartyOfficeAndGovernmentMattersToTheGovernmentOffice() throws Exception {
        long party = submit("党建工作动态", "<p>党务</p>", "PARTY");
        long government = submit("政务工作动态", "<p>政务</p>", "GOVERNMENT");
        approve(mvc, leader, party, 1);
        approve(mvc, leader, government, 1);

        mvc.perform(get("/admin/review").with(as(partyOffice)))
                .andExpect(content().string(containsString("党建工作动态")))
                .andExpect(content().string(not(containsString("政务工作动态"))));
        mvc.perform(get("/admin/review").with(as(governmentOffice)))
                .andExpect(content().string(containsString("政务工作动态")))
                .andExpect(content().string(not(containsString("党建工作动态"))));
        // the other office may neither read nor decide
        mvc.perform(get("/admin/review/items/" + party).with(as(governmentOffice))).andExpect(status().isForbidden());
        approve(mvc, governmentOffice, party, 1).andExpect(status().isForbidden());
        approve(mvc, partyOffice, party, 1).andExpect(flash().attribute("notice", "已审核通过"));
        approve(mvc, secrecy, party, 1);
        assertThat(queries.item(party).orElseThrow().isPublished()).isTrue();
        assertThat(queries.item(government).orElseThrow().isPublished()).isFalse();
    }

    @Test
    void urgentItemsSkipOnlyTheLevelsTheChainAllowsAndTheSkipIsRecorded() throws Exception {
        // the standard chain lets nothing be skipped
        String location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "紧急但不能跳过").param("then", "submit").param("urgent", "on"))
                .andReturn().getResponse().getRedirectedUrl();
        long standard = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        approve(mvc, leader, standard, 1);
        mvc.perform(get("/admin/review").with(as(governmentOffice))).andExpect(content().string(containsString("紧急但不能跳过")));

        // a column whose chain lets urgent items skip the office level
        Column urgentNews = fixtures.column(site, ColumnKind.NEWS);
        mvc.perform(post("/admin/review/chains/edit").with(as(admin)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("column", String.valueOf(urgentNews.id()))
                        .param("role1", "UNIT_REVIEWER").param("rule1", "OWN_UNIT")
                        .param("role2", "OFFICE_REVIEWER").param("rule2", "BY_CATEGORY")
                        .param("party2", String.valueOf(reviewers.partyOffice().id()))
                        .param("government2", String.valueOf(reviewers.governmentOffice().id())).param("skip2", "on")
                        .param("role3", "SECRECY_REVIEWER").param("rule3", "FIXED")
                        .param("unit3", String.valueOf(reviewers.secrecyOffice().id())).param("forbidSelfReview", "on"))
                .andExpect(flash().attribute("notice", "审核链已保存"));
        location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(urgentNews.id()))
                        .param("title", "紧急通知可跳过").param("then", "submit").param("urgent", "on"))
                .andReturn().getResponse().getRedirectedUrl();
        long urgent = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        approve(mvc, leader, urgent, 1);
        mvc.perform(get("/admin/review").with(as(governmentOffice))).andExpect(content().string(not(containsString("紧急通知可跳过"))));
        mvc.perform(get("/admin/review").with(as(secrecy))).andExpect(content().string(containsString("紧急通知可跳过")));
        mvc.perform(get("/admin/review/items/" + urgent).with(as(secrecy)))
                .andExpect(content().string(containsString("紧急稿件，按审核链规定跳过此级")))
                .andExpect(content().string(containsString("作为紧急稿件提交审核")));
        approve(mvc, secrecy, urgent, 1);
        assertThat(queries.item(urgent).orElseThrow().isPublished()).isTrue();
        assertThat(auditActions(urgent)).contains("review.skipped", "review.submitted-urgent");
    }

    @Test
    void aReviewersOverrideOfBlockingFindingsIsRecordedWithItsReason() throws Exception {
        long id = fixturesDraft("待放行的稿件");
        mvc.perform(get("/admin/review/items/" + id).with(as(leader)))
                .andExpect(content().string(containsString("放行机器检查的必改问题")));
        mvc.perform(post("/admin/review/items/" + id + "/override").with(as(leader)).with(csrf())
                        .param("version", "1").param("reason", ""))
                .andExpect(flash().attribute("error", "请填写理由"));
        mvc.perform(post("/admin/review/items/" + id + "/override").with(as(leader)).with(csrf())
                        .param("version", "1").param("reason", "电话号码是单位公开的办公电话"))
                .andExpect(flash().attribute("notice", containsString("已放行")));
        // an editor is no reviewer
        mvc.perform(post("/admin/review/items/" + id + "/override").with(as(editor)).with(csrf())
                .param("version", "1").param("reason", "自己放行")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("放行机器检查的必改问题")))
                .andExpect(content().string(containsString("电话号码是单位公开的办公电话")));
        assertThat(auditActions(id)).contains("review.overridden", "review.overridden!");
    }

    @Test
    void aBlockingFindingOfTheMachineChecksStopsSubmissionUntilAReviewerLetsItThrough() throws Exception {
        // a real-looking ID-card number (valid checksum) in the body: personal data must not go online
        String body = "<p>经核实，申请人身份证号码11010519491231002X，符合补贴条件。</p>";
        var refused = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "补贴发放公示").param("bodyHtml", body).param("then", "submit"))
                .andExpect(flash().attribute("error", containsString("疑似居民身份证号码“11010519491231002X”")))
                .andReturn();
        String location = refused.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String editorPage = mvc.perform(get("/admin/content/" + id).with(as(editor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(editorPage).contains("机器检查", "必须修改", "身份证");
        mvc.perform(get("/admin/review").with(as(leader))).andExpect(content().string(not(containsString("补贴发放公示"))));

        // the leader sees the same finding on the review page and lets this version through with a reason
        mvc.perform(get("/admin/review/items/" + id).with(as(leader)))
                .andExpect(content().string(containsString("机器检查结果（本版本）")))
                .andExpect(content().string(containsString("身份证")));
        mvc.perform(post("/admin/review/items/" + id + "/override").with(as(leader)).with(csrf())
                        .param("version", "1").param("reason", "公示依法需要，已征得本人同意"))
                .andExpect(flash().attribute("notice", containsString("已放行")));
        mvc.perform(post("/admin/content/" + id).with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "补贴发放公示").param("bodyHtml", body).param("then", "submit"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/admin/review").with(as(leader))).andExpect(content().string(containsString("补贴发放公示")));
    }

    long fixturesDraft(String title) throws Exception {
        String location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", title).param("bodyHtml", "<p>电话 0871-12345678</p>"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void reviewingOnesOwnItemIsRefusedWhereTheChainForbidsIt() throws Exception {
        // a small unit: a second editor reviews, and nobody reviews their own item
        mvc.perform(post("/admin/review/chains/edit").with(as(admin)).with(csrf()).param("site", String.valueOf(site.id()))
                        .param("role1", "EDITOR").param("rule1", "OWN_UNIT").param("forbidSelfReview", "on"))
                .andExpect(flash().attribute("notice", "审核链已保存"));
        StaffUser colleague = fixtures.editorOf(site);
        long id = submit("自己审自己", "<p>x</p>", "GOVERNMENT");
        approve(mvc, editor, id, 1).andExpect(flash().attribute("error", "审核链规定不能审核自己编写或提交的稿件"));
        assertThat(queries.item(id).orElseThrow().isPublished()).isFalse();
        assertThat(auditActions(id)).contains("review.approved!");
        approve(mvc, colleague, id, 1).andExpect(flash().attribute("notice", "已审核通过"));
        assertThat(queries.item(id).orElseThrow().isPublished()).isTrue();

        // where the chain allows it, the editor may
        mvc.perform(post("/admin/review/chains/edit").with(as(admin)).with(csrf()).param("site", String.valueOf(site.id()))
                .param("role1", "EDITOR").param("rule1", "OWN_UNIT"));
        long own = submit("允许自审", "<p>y</p>", "GOVERNMENT");
        approve(mvc, editor, own, 1).andExpect(flash().attribute("notice", "已审核通过"));
        assertThat(queries.item(own).orElseThrow().isPublished()).isTrue();
    }

    @Test
    void approvingAnItemThatChangedAfterItWasSubmittedIsRefused() throws Exception {
        long id = submit("提交后又改", "<p>原文</p>", "GOVERNMENT");
        save(id, "提交后又改", "<p>改过的正文</p>");
        approve(mvc, leader, id, 1)
                .andExpect(flash().attribute("error", "您看到的是第1版，稿件在提交后已改为第2版：请重新打开稿件，审核最新的版本"));
        assertThat(auditActions(id)).contains("review.approved!", "review.edited");
        mvc.perform(get("/admin/review").with(as(leader))).andExpect(content().string(not(containsString("提交后又改"))));
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("提交后又作了修改，需重新提交")));
        assertThat(queries.item(id).orElseThrow().status()).isEqualTo(ContentStatus.DRAFT);
    }

    @Test
    void anotherUnitsReviewerOrEditorCannotSeeOrActOnTheItem() throws Exception {
        long id = submit("本单位的稿件", "<p>x</p>", "GOVERNMENT");
        Site other = fixtures.site();
        StaffUser otherLeader = reviewers.unitReviewerOf(other);
        StaffUser otherEditor = fixtures.editorOf(other);
        for (StaffUser stranger : new StaffUser[] {otherLeader, otherEditor}) {
            mvc.perform(get("/admin/review/items/" + id).with(as(stranger))).andExpect(status().isForbidden());
            approve(mvc, stranger, id, 1).andExpect(status().isForbidden());
            returnIt(mvc, stranger, id, 1, "越权退回").andExpect(status().isForbidden());
            mvc.perform(get("/admin/review").with(as(stranger))).andExpect(content().string(not(containsString("本单位的稿件"))));
        }
        mvc.perform(post("/admin/content/" + id + "/withdrawal").with(as(otherEditor)).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
        // the office it is routed to reads it (but may not decide before its level), never gets the editing form;
        // the other office does not see it at all
        mvc.perform(get("/admin/review/items/" + id).with(as(partyOffice))).andExpect(status().isForbidden());
        approve(mvc, governmentOffice, id, 1).andExpect(flash().attribute("error", "这篇稿件正在第1级审核，不是您所在的级别"));
        mvc.perform(get("/admin/review/items/" + id).with(as(governmentOffice))).andExpect(status().isOk());
        mvc.perform(get("/admin/content/" + id).with(as(governmentOffice))).andExpect(status().isForbidden());

        assertThat(queries.item(id).orElseThrow().status()).isEqualTo(ContentStatus.DRAFT);
        mvc.perform(get("/admin/review/items/" + id).with(as(governmentOffice)))
                .andExpect(content().string(not(containsString("越权退回"))));
        assertThat(auditActions(id)).contains("review.view!", "review.approved!", "review.returned!");
    }

    @Test
    void aWithdrawalGoesThroughTheChainBeforeTheItemGoesOffline() throws Exception {
        long id = submit("将被撤稿的稿件", "<p>x</p>", "GOVERNMENT");
        publishThroughTheChain(id, 1, governmentOffice);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page(itemPage(id))).contains("将被撤稿的稿件"));

        mvc.perform(post("/admin/content/" + id + "/withdrawal").with(as(editor)).with(csrf()).param("reason", ""))
                .andExpect(flash().attribute("error", "请填写理由"));
        mvc.perform(post("/admin/content/" + id + "/withdrawal").with(as(editor)).with(csrf()).param("reason", "信息已过期"))
                .andExpect(flash().attribute("notice", containsString("撤稿申请已提交")));
        assertThat(queries.item(id).orElseThrow().isPublished()).isTrue();
        mvc.perform(get("/admin/review").with(as(leader))).andExpect(content().string(containsString("撤稿审核中")));
        publishThroughTheChain(id, 1, governmentOffice);

        assertThat(queries.item(id).orElseThrow().status()).isEqualTo(ContentStatus.UNPUBLISHED);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page(itemPage(id))).doesNotContain("将被撤稿的稿件"));
        mvc.perform(get("/admin/content/" + id).with(as(editor))).andExpect(content().string(containsString("已撤稿")))
                .andExpect(content().string(containsString("信息已过期")));
        assertThat(auditActions(id)).contains("review.withdrawal-requested", "review.withdrawal-approved", "review.unpublished",
                "content.unpublish");
    }

    @Test
    void thePublishedEditionStaysOnlineWhileANewVersionIsReviewedAndARebuildKeepsIt() throws Exception {
        long id = submit("第一版标题", "<p>第一版正文</p>", "GOVERNMENT");
        publishThroughTheChain(id, 1, governmentOffice);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(page(itemPage(id))).contains("第一版正文"));

        resubmit(id, "第二版标题", "<p>第二版正文</p>");
        approve(mvc, leader, id, 2);
        ContentItem live = queries.item(id).orElseThrow();
        assertThat(live.isPublished()).isTrue();
        assertThat(live.title()).isEqualTo("第一版标题");
        assertThat(live.version()).isEqualTo(1);
        assertThat(queries.latestVersion(id).orElseThrow().title()).isEqualTo("第二版标题");
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("value=\"第二版标题\"")));

        rebuild.run();
        assertThat(page(itemPage(id))).contains("第一版正文").doesNotContain("第二版正文");
        assertThat(page("/" + site.code() + "/" + news.code() + "/")).contains("第一版标题").doesNotContain("第二版标题");

        approve(mvc, governmentOffice, id, 2);
        approve(mvc, secrecy, id, 2);
        assertThat(queries.item(id).orElseThrow().title()).isEqualTo("第二版标题");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page(itemPage(id))).contains("第二版正文").doesNotContain("第一版正文"));
    }

    @Test
    void theReviewerSeesTheChangesAgainstTheLastApprovedVersion() throws Exception {
        long id = submit("差异页", "<p>全市经济运行平稳。</p><p>第二段不变。</p>", "GOVERNMENT");
        publishThroughTheChain(id, 1, governmentOffice);
        resubmit(id, "差异页", "<p>全市经济运行总体平稳。</p><p>第二段不变。</p>");

        String first = diffOf(id);
        assertThat(first).contains("与上次批准的第1版相比，第2版的改动", "加删除线的文字", "加下划线的文字")
                .contains("全市经济运行<ins><span class=\"visually-hidden\">〔新增：</span>总体<span class=\"visually-hidden\">〕</span></ins>平稳")
                .contains("<dt>正文</dt>").doesNotContain("<dt>标题</dt>");
        resubmit(id, "差异页（修订）", "<p>全市经济运行总体平稳。</p>");
        assertThat(diffOf(id)).contains("<dt>标题</dt>", "差异页<ins><span class=\"visually-hidden\">〔新增：</span>（修订）")
                .contains("<del><span class=\"visually-hidden\">〔删除：</span>\n第二段不变。");
    }

    /** The diff section of the item's review page as the unit's reviewer sees it. */
    String diffOf(long id) throws Exception {
        String html = mvc.perform(get("/admin/review/items/" + id).with(as(leader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return html.substring(html.indexOf("id=\"diff-title\""), html.indexOf("id=\"content-title\""));
    }

    @Test
    void onlyTheAdministratorConfiguresChains() throws Exception {
        mvc.perform(get("/admin/review/chains").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(site.name())))
                .andExpect(content().string(containsString("默认的三级审核链")));
        mvc.perform(get("/admin/review/chains").with(as(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/review/chains/edit").with(as(leader)).with(csrf()).param("site", String.valueOf(site.id()))
                .param("role1", "EDITOR")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/review/chains/edit").with(as(admin)).with(csrf()).param("site", String.valueOf(site.id())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("审核链至少要有一级")));
        mvc.perform(post("/admin/review/chains/edit").with(as(admin)).with(csrf()).param("site", String.valueOf(site.id()))
                        .param("role1", "SECRECY_REVIEWER").param("rule1", "FIXED"))
                .andExpect(content().string(containsString("第1级缺少审核单位")));
        mvc.perform(get("/admin/review/chains/edit").param("site", String.valueOf(site.id())).with(as(admin)))
                .andExpect(content().string(containsString("默认的三级审核链")));
        // the offices of the standard chain are shown, and made here when missing
        mvc.perform(get("/admin/review/chains").with(as(admin)))
                .andExpect(content().string(containsString(reviewers.secrecyOffice().name())));
        mvc.perform(post("/admin/review/offices").with(as(admin)).with(csrf()).param("kind", "SECRECY_OFFICE")
                        .param("code", ConsoleFixtures.code("bmb")).param("name", "第二个保密办"))
                .andExpect(flash().attribute("error", "这种审核单位已经建立"));
        mvc.perform(post("/admin/review/offices").with(as(editor)).with(csrf()).param("kind", "PARTY_OFFICE")
                .param("code", "sneaky").param("name", "假冒市委办")).andExpect(status().isForbidden());
    }
}
