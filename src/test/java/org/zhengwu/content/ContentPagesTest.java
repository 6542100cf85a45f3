package org.zhengwu.content;

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

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.review.ReviewFixtures;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

@ZhengwuTest
class ContentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ContentQueries queries;
    @Autowired
    ContentEditing editing;
    @Autowired
    SiteDirectory directory;

    ConsoleFixtures fixtures;
    Site site;
    Column news;
    StaffUser editor;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staff);
        site = fixtures.site();
        news = fixtures.column(site, ColumnKind.NEWS);
        editor = fixtures.editorOf(site);
    }

    private int items() {
        return queries.countForEditors(List.of(site.id()), null, null);
    }

    @Test
    void theEditorSeesTheChecksWarningsOnTheItemAlsoOnceItIsInReview() throws Exception {
        new ReviewFixtures(siteAdministration, directory, staff).offices();
        String location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "工作进展").param("bodyHtml", "<p>截止目前，已完成全年任务。</p>")
                        .param("publishedAt", "2026-03-02 09:30").param("category", "GOVERNMENT").param("then", "submit"))
                .andExpect(flash().attribute("notice", containsString("已提交")))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(editor)))
                .andExpect(content().string(containsString("<li class=\"warning\"><strong>[提醒]</strong>")))
                .andExpect(content().string(containsString("截至目前")));
    }

    @Test
    void anEditorWritesAnArticleWithEveryField() throws Exception {
        MvcResult result = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "全市经济运行情况").param("subtitle", "一季度").param("source", "市统计局")
                        .param("author", "张三").param("publishedAt", "2026-03-02 09:30").param("summary", "摘要")
                        .param("bodyHtml", "<p>正文<script>alert(1)</script></p><p><img src=\"/uploads/a.png\" alt=\"图表\"></p>")
                        .param("coverImage", "/uploads/2026/03/cover.jpg").param("externalLink", "")
                        .param("pinned", "on"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/content/", ""));
        ContentItem item = queries.item(id).orElseThrow();
        assertThat(item.title()).isEqualTo("全市经济运行情况");
        assertThat(item.source()).isEqualTo("市统计局");
        assertThat(item.pinned()).isTrue();
        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.bodyHtml()).doesNotContain("script").contains("alt=\"图表\"");
        assertThat(item.publishedAt().toLocalDateTime().toString()).isEqualTo("2026-03-02T09:30");

        mvc.perform(get("/admin/content/" + id).with(as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"全市经济运行情况\"")))
                .andExpect(content().string(containsString("/admin/content/" + id + "/preview")))
                .andExpect(content().string(containsString("data-rich-text")));
        mvc.perform(get("/admin/content").with(as(editor)))
                .andExpect(content().string(containsString("全市经济运行情况")))
                .andExpect(content().string(containsString("草稿")));

        // editors do not publish: the form offers submission for review, and there is no publishing address
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("保存并提交审核")))
                .andExpect(content().string(not(containsString("/admin/content/" + id + "/publish"))));
        mvc.perform(post("/admin/content/" + id + "/publish").with(as(editor)).with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(queries.item(id).orElseThrow().status()).isEqualTo(ContentStatus.DRAFT);
    }

    @Test
    void anImpossibleDateIsRefusedWithItsMessageAndNothingIsSaved() throws Exception {
        int before = items();
        mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "二月三十日的通知").param("publishedAt", "2026-02-30").param("bodyHtml", "<p>内容</p>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("发布时间“2026-02-30”无法识别")))
                .andExpect(content().string(containsString("value=\"二月三十日的通知\"")))
                .andExpect(content().string(containsString("&lt;p&gt;内容&lt;/p&gt;")));
        assertThat(items()).isEqualTo(before);

        long id = editing.createDraft(ContentDraft.of(news.id(), "原标题", "<p>原文</p>", "2026-01-05"));
        mvc.perform(post("/admin/content/" + id).with(as(editor)).with(csrf())
                        .param("columnId", String.valueOf(news.id())).param("title", "新标题").param("publishedAt", "2026-02-30"))
                .andExpect(content().string(containsString("发布时间“2026-02-30”无法识别")));
        assertThat(queries.item(id).orElseThrow().title()).isEqualTo("原标题");
    }

    @Test
    void aPolicyDocumentKeepsItsDisclosureMetadataAndAnInterpretationLinksToIt() throws Exception {
        Column policies = fixtures.column(site, ColumnKind.POLICY);
        Column interpretations = fixtures.column(site, ColumnKind.INTERPRETATION);
        mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(policies.id()))
                        .param("title", "关于促进消费的若干措施").param("issuingAuthority", "市人民政府办公室")
                        .param("documentNo", "政办发〔2026〕3号").param("writtenDate", "2026-02-30"))
                .andExpect(content().string(containsString("成文日期“2026-02-30”无法识别")));
        MvcResult created = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(policies.id()))
                        .param("title", "关于促进消费的若干措施").param("issuingAuthority", "市人民政府办公室")
                        .param("documentNo", "政办发〔2026〕3号").param("writtenDate", "2026-02-28")
                        .param("topicCategory", "商贸").param("validity", "VALID"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long policyId = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/admin/content/", ""));
        editing.publish(policyId);
        ContentItem policy = queries.item(policyId).orElseThrow();
        assertThat(policy.policy().documentNo()).isEqualTo("政办发〔2026〕3号");
        assertThat(policy.policy().validity()).isEqualTo(PolicyMetadata.Validity.VALID);
        assertThat(policy.isPublished()).isTrue();
        assertThat(policy.policy().indexNo()).isNotBlank();

        mvc.perform(get("/admin/content/new").param("site", String.valueOf(site.id())).with(as(editor)))
                .andExpect(content().string(containsString("关于促进消费的若干措施")))
                .andExpect(content().string(containsString("data-for-kind=\"INTERPRETATION\"")));
        MvcResult interpretation = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(interpretations.id()))
                        .param("title", "一图读懂促进消费措施").param("interpretsId", String.valueOf(policyId)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long interpretationId = Long.parseLong(interpretation.getResponse().getRedirectedUrl().replace("/admin/content/", ""));
        assertThat(queries.item(interpretationId).orElseThrow().interpretsId()).isEqualTo(policyId);
    }

    @Test
    void theListFiltersByColumnAndTitleAndPages() throws Exception {
        Column notices = fixtures.column(site, ColumnKind.NOTICE);
        for (int i = 1; i <= 23; i++) {
            editing.createDraft(ContentDraft.of(news.id(), "新闻" + i, "<p>x</p>", null));
        }
        editing.createDraft(ContentDraft.of(notices.id(), "停水通知", "<p>x</p>", null));
        mvc.perform(get("/admin/content").with(as(editor)))
                .andExpect(content().string(containsString("第1页，共2页，24条")));
        mvc.perform(get("/admin/content").param("page", "2").with(as(editor)))
                .andExpect(content().string(containsString("第2页，共2页，24条")));
        mvc.perform(get("/admin/content").param("column", String.valueOf(notices.id())).with(as(editor)))
                .andExpect(content().string(containsString("停水通知")))
                .andExpect(content().string(not(containsString("新闻1<"))));
        mvc.perform(get("/admin/content").param("q", "停水").with(as(editor)))
                .andExpect(content().string(containsString("共1页，1条")));
    }

    @Test
    void theHomeShowsTheEditorTheirWorkAndPagesOnly() throws Exception {
        mvc.perform(get("/admin").with(as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("退回修改的稿件")))
                .andExpect(content().string(containsString("href=\"/admin/content\"")))
                .andExpect(content().string(not(containsString("/admin/staff"))));
    }
}
