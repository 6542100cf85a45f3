package org.zhengwu.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @Test
    void scriptsAndEventHandlersAreStripped() {
        String clean = sanitizer.sanitize("<p onclick=\"steal()\">通知</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">链接</a><img src=x onerror=alert(1) alt=\"图\">");
        assertThat(clean).doesNotContain("script", "onclick", "onerror", "javascript:", "alert");
        assertThat(clean).contains("<p>通知</p>");
    }

    @Test
    void chineseTextAndPunctuationStayReadableInTheStoredBody() {
        String clean = sanitizer.sanitize("<p>一、总体要求：坚持“稳中求进”，推动高质量发展。</p>");
        assertThat(clean).isEqualTo("<p>一、总体要求：坚持“稳中求进”，推动高质量发展。</p>");
    }

    @Test
    void markupCharactersInTextStayEscaped() {
        String clean = sanitizer.sanitize("<p>a &lt; b &amp;&amp; c &gt; d &quot;x&quot;</p>");
        assertThat(clean).contains("&lt;", "&gt;", "&amp;").doesNotContain("<b", "< b");
    }

    @Test
    void linksImagesAndTablesOfArticlesAreKept() {
        String clean = sanitizer.sanitize("<p align=\"center\"><a href=\"https://www.gov.cn/\">中国政府网</a></p>"
                + "<img src=\"/uploads/2026/11/a.png\" alt=\"会议现场\"><table><tr><td colspan=\"2\">表</td></tr></table>");
        assertThat(clean).contains("href=\"https://www.gov.cn/\"", "alt=\"会议现场\"", "colspan=\"2\"", "align=\"center\"");
    }

    @Test
    void paragraphsTheBrowsersEditorWroteAsDivsBecomeParagraphs() {
        String clean = sanitizer.sanitize("<div>第一段，<b>加粗</b>。</div><div align=\"center\">第二段</div><div><br></div>");
        assertThat(clean).isEqualTo("<p>第一段，<b>加粗</b>。</p><p align=\"center\">第二段</p><p><br /></p>");
    }

    @Test
    void aDivAroundBlocksStaysAndOnlyItsParagraphsChange() {
        String clean = sanitizer.sanitize("<div><div>甲</div><ul><li>乙</li></ul></div>");
        assertThat(clean).isEqualTo("<div><p>甲</p><ul><li>乙</li></ul></div>");
    }
}
