package org.zhengwu.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengwu.checks.PlainText.Reference;

class PlainTextTest {

    @Test
    void tagsAreRemovedAndCharacterReferencesDecoded() {
        assertThat(PlainText.of("<p>按<strong>装</strong>&amp;调试&nbsp;&#20013;&#x6587;&ldquo;好&rdquo;</p>"))
                .isEqualTo("按装&调试\u00A0中文“好”\n");
    }

    @Test
    void blockElementsAndBreaksBecomeOneLineBreak() {
        assertThat(PlainText.of("<h2>标题</h2><p>第一段</p><p>第二段<br>换行</p><ul><li>一</li><li>二</li></ul>"))
                .isEqualTo("标题\n第一段\n第二段\n换行\n一\n二\n");
    }

    @Test
    void whiteSpaceIsKeptAsWritten() {
        assertThat(PlainText.of("第一行\n第二行  有空格")).isEqualTo("第一行\n第二行  有空格");
    }

    @Test
    void scriptsStylesAndCommentsAreLeftOut() {
        assertThat(PlainText.of("前<!-- 注释 -->中<script>var a = '<p>';</script><style>p{}</style>后")).isEqualTo("前中后");
    }

    @Test
    void aLessThanSignThatStartsNoTagIsText() {
        assertThat(PlainText.of("3 < 5 且 a<b")).isEqualTo("3 < 5 且 a<b");
        assertThat(PlainText.of("a & b &unknown; &amp")).isEqualTo("a & b &unknown; &amp");
    }

    @Test
    void eachCharacterMapsBackToWhereItStandsInTheHtml() {
        String html = "<p>甲&amp;乙</p><p>丙</p>";
        PlainText text = PlainText.parse(html);
        assertThat(text.text()).isEqualTo("甲&乙\n丙\n");
        assertThat(text.sourceOffset(0)).isEqualTo(html.indexOf('甲'));
        assertThat(text.sourceOffset(1)).isEqualTo(html.indexOf("&amp;"));
        assertThat(text.sourceOffset(2)).isEqualTo(html.indexOf('乙'));
        assertThat(text.sourceOffset(3)).isEqualTo(html.indexOf("</p>"));
        assertThat(text.sourceOffset(4)).isEqualTo(html.indexOf('丙'));
        assertThat(text.sourceOffset(text.text().length())).isEqualTo(html.length());
    }

    @Test
    void linksCoverTheirTextAndImagesSitBetweenCharacters() {
        PlainText text = PlainText.parse("<p>见<a href=\"https://shop.example.com/?a=1&amp;b=2\">网店</a>图<img src='/uploads/a.png' alt=\"x\">完</p>");
        assertThat(text.text()).isEqualTo("见网店图完\n");
        assertThat(text.references()).containsExactly(
                new Reference(Reference.Kind.LINK, "https://shop.example.com/?a=1&b=2", 1, 3),
                new Reference(Reference.Kind.IMAGE, "/uploads/a.png", 4, 4));
    }

    @Test
    void nothingGivesNothing() {
        assertThat(PlainText.of(null)).isEmpty();
        assertThat(PlainText.parse("").references()).isEmpty();
    }
}
