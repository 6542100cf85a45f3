package org.zhengwu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.platform.text.HanlpChineseScript;

class ChineseScriptTest {

    private final ChineseScript script = new HanlpChineseScript();

    @Test
    void convertsWholePhrasesNotSingleCharacters() {
        assertThat(script.toTraditional("头发")).isEqualTo("頭髮");
        assertThat(script.toTraditional("干部")).isEqualTo("幹部");
        assertThat(script.toTraditional("干燥")).isEqualTo("乾燥");
        assertThat(script.toTraditional("电子政务网站")).isEqualTo("電子政務網站");
    }

    @Test
    void convertsTraditionalBackToSimplified() {
        assertThat(script.toSimplified("電子政務")).isEqualTo("电子政务");
        assertThat(script.toSimplified("網站")).isEqualTo("网站");
    }

    @Test
    void leavesMarkupAndLatinTextAlone() {
        assertThat(script.toTraditional("<a href=\"/fgw/news/12.html\">发展改革 ABC 2026</a>"))
                .isEqualTo("<a href=\"/fgw/news/12.html\">發展改革 ABC 2026</a>");
    }
}
