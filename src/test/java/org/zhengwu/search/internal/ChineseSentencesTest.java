package org.zhengwu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import org.junit.jupiter.api.Test;

class ChineseSentencesTest {

    @Test
    void sentencesEndAfterChinesePunctuationAndLineBreaks() {
        BreakIterator b = new ChineseSentences();
        b.setText(new StringCharacterIterator("第一句。第二句！第三\n第四"));
        assertThat(b.first()).isZero();
        assertThat(b.next()).isEqualTo(4);
        assertThat(b.next()).isEqualTo(8);
        assertThat(b.next()).isEqualTo(11);
        assertThat(b.next()).isEqualTo(13);
        assertThat(b.next()).isEqualTo(BreakIterator.DONE);
        assertThat(b.following(4)).isEqualTo(8);
        assertThat(b.following(3)).isEqualTo(4);
        assertThat(b.preceding(8)).isEqualTo(4);
        assertThat(b.preceding(5)).isEqualTo(4);
        assertThat(b.preceding(3)).isZero();
        assertThat(b.last()).isEqualTo(13);
        assertThat(b.previous()).isEqualTo(11);
    }
}
