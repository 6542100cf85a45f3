package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

@ZhengwuTest
class PolicyFeedsTest {

    @Autowired
    SiteAdministration admin;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    DataDirectory data;

    Fixture fx;

    @BeforeEach
    void setUp() {
        fx = new Fixture(admin, directory, editing, data);
    }

    @Test
    void aPolicyDocumentShowsItsMetadataItsAttachmentAndItsInterpretationAndTheInterpretationLinksBack() {
        String code = Fixture.code("pol");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column policies = fx.column(site, "zcwj", "政策文件", ColumnKind.POLICY);
        Column readings = fx.column(site, "zcjd", "政策解读", ColumnKind.INTERPRETATION);
        long policy = editing.createDraft(new ContentDraft(policies.id(), "关于促进经济高质量发展的若干措施", null, "市政府办公室",
                null, "2026-11-10 10:00", null, "<p>为促进经济发展，制定本措施。</p>", null, null, false, "市人民政府",
                "某政发〔2026〕12号", "2026-11-08", "经济管理", "VALID", null));
        editing.addAttachment(policy, "实施细则.pdf", "/uploads/2026/11/rules.pdf", "application/pdf", 123_456);
        editing.publish(policy);
        long reading = fx.publish(new ContentDraft(readings.id(), "图解：促进经济高质量发展若干措施", null, null, "李四",
                "2026-11-11 09:00", null, "<p>一图读懂。</p>", null, null, false, null, null, null, null, null, policy));

        String policyPath = "/" + code + "/zcwj/" + policy + ".html";
        String readingPath = "/" + code + "/zcjd/" + reading + ".html";
        String page = fx.awaitContains(policyPath, "class=\"interpretation-link\" href=\"" + readingPath + "\"");
        assertThat(page).contains("<caption>文件信息</caption>", "<th scope=\"row\">索引号</th><td>" + code + "-2026-00001</td>",
                "<th scope=\"row\">发文机关</th><td>市人民政府</td>", "<th scope=\"row\">文号</th><td>某政发〔2026〕12号</td>",
                "<th scope=\"row\">成文日期</th><td>2026-11-08</td>", "<th scope=\"row\">主题分类</th><td>经济管理</td>",
                "<th scope=\"row\">有效性</th><td>有效</td>", "来源：市政府办公室", "<h2 id=\"attachments\">附件</h2>",
                "<a href=\"/uploads/2026/11/rules.pdf\">实施细则.pdf</a> <span class=\"size\">(120.6 KB)</span>",
                "图解：促进经济高质量发展若干措施");
        assertThat(fx.awaitContains(readingPath, "class=\"policy-link\" href=\"" + policyPath + "\""))
                .contains("关于促进经济高质量发展的若干措施", "作者：李四").doesNotContain("<caption>");
        assertThat(fx.awaitContains("/zh-hant" + policyPath, "<th scope=\"row\">發文機關</th>"))
                .contains("促進經濟高質量發展", "href=\"/zh-hant" + readingPath + "\"", "有效性");
    }

    @Test
    void feedsAndSitemapsAreWellFormedXml() throws Exception {
        String code = Fixture.code("rss");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        long a = fx.publish(news, "标题含<特殊>&“符号”", "<p>甲</p>", "2026-11-01 08:00");
        long b = fx.publish(news, "第二条发展动态", "<p>乙</p>", "2026-11-02 08:00");
        String feedPath = "/" + code + "/news/feed.xml";
        fx.awaitContains(feedPath, "第二条发展动态", "&lt;特殊&gt;");

        Document feed = parse(fx.read(feedPath));
        assertThat(feed.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(feed.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        var items = feed.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(2);
        Element first = (Element) items.item(0);
        assertThat(first.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("第二条发展动态");
        assertThat(first.getElementsByTagName("link").item(0).getTextContent()).endsWith("/" + code + "/news/" + b + ".html");
        assertThat(((Element) items.item(1)).getElementsByTagName("title").item(0).getTextContent()).isEqualTo("标题含<特殊>&“符号”");
        assertThat(first.getElementsByTagName("pubDate").item(0).getTextContent()).contains("2 Nov 2026 08:00:00 +0800");

        Document hant = parse(fx.awaitContains("/zh-hant" + feedPath, "第二條發展動態"));
        assertThat(hant.getElementsByTagName("language").item(0).getTextContent()).isEqualTo("zh-Hant");

        String sitemapPath = "/" + code + "/sitemap.xml";
        fx.awaitContains(sitemapPath, "/" + code + "/news/" + a + ".html", "/" + code + "/news/" + b + ".html");
        Document sitemap = parse(fx.read(sitemapPath));
        assertThat(sitemap.getDocumentElement().getTagName()).isEqualTo("urlset");
        assertThat(sitemap.getElementsByTagName("loc").getLength()).isEqualTo(4); // home, column, two items
        assertThat(parse(fx.awaitContains("/zh-hant" + sitemapPath, "/zh-hant/" + code + "/news/" + b + ".html"))
                .getElementsByTagName("url").getLength()).isEqualTo(4);
    }

    @Test
    void aSinglePageColumnShowsItsNewestItemAndALinkColumnIsOnlyANavigationLink() {
        String code = Fixture.code("one");
        Site site = fx.unitSite(code, UnitKind.TOWNSHIP, null);
        Column about = fx.column(site, "about", "机构概况", ColumnKind.PAGE);
        admin.addColumn(site.id(), new ColumnDetails(null, "hall", "网上办事", ColumnKind.LINK, 9, null, null, "https://zwfw.example.gov.cn/"));
        fx.publish(about, "机构职能（旧）", "<p>旧的职能</p>", "2026-01-01");
        fx.publish(about, "机构职能", "<p>负责全镇经济社会发展。</p>", "2026-11-01");

        String page = fx.awaitContains("/" + code + "/about/index.html", "<h1>机构职能</h1>");
        assertThat(page).contains("负责全镇经济社会发展", "<li aria-current=\"page\">机构概况</li>").doesNotContain("rel=\"prev\"");
        String home = fx.awaitContains("/" + code + "/index.html", "href=\"https://zwfw.example.gov.cn/\"");
        assertThat(home).contains(">网上办事</a>");
        assertThat(fx.file("/" + code + "/hall/index.html")).doesNotExist();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
