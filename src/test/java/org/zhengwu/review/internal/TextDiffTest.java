package org.zhengwu.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwu.review.internal.ReviewViews.Kind;
import org.zhengwu.review.internal.ReviewViews.Segment;

class TextDiffTest {

    @Test
    void chineseTextIsComparedCharacterByCharacter() {
        List<Segment> d = TextDiff.diff("全市经济运行平稳", "全市经济运行总体平稳");
        assertThat(d).containsExactly(new Segment(Kind.SAME, "全市经济运行"), new Segment(Kind.INSERTED, "总体"),
                new Segment(Kind.SAME, "平稳"));
    }

    @Test
    void aChangedFigureShowsAsOneWordNotDigitByDigit() {
        List<Segment> d = TextDiff.diff("增长5.6%，投资增长7.2%", "增长5.8%，投资增长7.2%");
        assertThat(d).contains(new Segment(Kind.DELETED, "6"), new Segment(Kind.INSERTED, "8"));
        List<Segment> words = TextDiff.diff("GDP 2025", "GDP 2026");
        assertThat(words).contains(new Segment(Kind.DELETED, "2025"), new Segment(Kind.INSERTED, "2026"));
    }

    @Test
    void aBodyIsComparedAsTheTextAReaderSeesOneParagraphALine() {
        assertThat(TextDiff.text("<p>第一段&amp;说明</p><p>第二段<img src=\"/a.png\" alt=\"图表\"></p>"))
                .isEqualTo("第一段&说明\n第二段〔图：图表〕");
        assertThat(TextDiff.changed(TextDiff.diff("a", "a"))).isFalse();
        assertThat(TextDiff.diff(null, "新")).containsExactly(new Segment(Kind.INSERTED, "新"));
    }
}
