package org.zhengwu.checks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WordMatcherTest {

    private static WordMatcher matcher(String... kindAndWords) {
        TreeMap<String, WordMatcher.Entry> words = new TreeMap<>();
        for (String s : kindAndWords) {
            String[] p = s.split(":");
            words.put(p[1], new WordMatcher.Entry(WordKind.valueOf(p[0]), p[1], p.length > 2 ? p[2] : null));
        }
        return WordMatcher.of(words);
    }

    private static List<String> found(WordMatcher m, String text) {
        return m.find(text).stream().map(x -> x.start() + "-" + x.end() + ":" + text.substring(x.start(), x.end())).toList();
    }

    @Test
    void everyOccurrenceOfEveryWordIsFoundAtItsPlace() {
        WordMatcher m = matcher("BANNED:代开发票", "SENSITIVE:群体性事件", "TYPO:按装:安装");
        assertThat(found(m, "按装空调，代开发票，群体性事件，再代开发票"))
                .containsExactly("0-2:按装", "5-9:代开发票", "10-15:群体性事件", "17-21:代开发票");
    }

    @Test
    void aWordInsideALongerOneOfTheSameListIsNotReportedTwice() {
        WordMatcher m = matcher("BANNED:法轮", "BANNED:法轮功", "SENSITIVE:轮功");
        assertThat(found(m, "宣扬法轮功")).containsExactly("2-5:法轮功", "3-5:轮功");
    }

    @Test
    void latinWordsCountOnlyAsWholeWords() {
        WordMatcher m = matcher("BANNED:vpn");
        assertThat(found(m, "翻墙vpn软件")).containsExactly("2-5:vpn");
        assertThat(found(m, "xvpn2 and vpns")).isEmpty();
    }

    @Test
    void anEmptyListFindsNothing() {
        assertThat(WordMatcher.of(new TreeMap<>()).find("任何文字")).isEmpty();
        assertThat(WordMatcher.EMPTY.size()).isZero();
    }
}
