package org.zhengwu.checks.internal;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * All words of all lists in one Aho-Corasick automaton (HanLP's double-array trie): one pass over the folded text
 * finds every occurrence of every word, whatever the size of the lists. Immutable; rebuilt when a list changes.
 */
public final class WordMatcher {

    /** A listed word: its kind, the word as the administrator typed it, and for typos the right form. */
    public record Entry(WordKind kind, String word, String replacement) {
    }

    /** An occurrence in the text: {@code [start, end)}. */
    public record Match(Entry entry, int start, int end) {
    }

    public static final WordMatcher EMPTY = new WordMatcher(null, 0);

    private final AhoCorasickDoubleArrayTrie<Entry> trie;
    private final int size;

    private WordMatcher(AhoCorasickDoubleArrayTrie<Entry> trie, int size) {
        this.trie = trie;
        this.size = size;
    }

    /** Builds the automaton over folded words; a word folded twice keeps its first entry. */
    public static WordMatcher of(TreeMap<String, Entry> byFoldedWord) {
        if (byFoldedWord.isEmpty()) {
            return EMPTY;
        }
        AhoCorasickDoubleArrayTrie<Entry> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(byFoldedWord);
        return new WordMatcher(trie, byFoldedWord.size());
    }

    public int size() {
        return size;
    }

    /**
     * The occurrences in a folded text, in text order. A word that starts or ends with a Latin letter or digit counts
     * only as a whole word ("ad" is not found in "bad"). Of overlapping occurrences of one kind, one that lies inside
     * a longer one is dropped (法轮 inside 法轮功).
     */
    public List<Match> find(String folded) {
        if (trie == null || folded.isEmpty()) {
            return List.of();
        }
        List<Match> all = new ArrayList<>();
        trie.parseText(folded, (begin, end, entry) -> {
            if (wholeWord(folded, begin, end)) {
                all.add(new Match(entry, begin, end));
            }
        });
        all.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> kept = new ArrayList<>(all.size());
        int[] reach = new int[WordKind.values().length];
        for (Match m : all) {
            int kind = m.entry().kind().ordinal();
            if (m.end() <= reach[kind]) {
                continue; // inside a longer occurrence of the same kind that starts earlier or at the same place
            }
            kept.add(m);
            reach[kind] = Math.max(reach[kind], m.end());
        }
        return kept;
    }

    private static boolean wholeWord(String text, int begin, int end) {
        return !(isWordChar(text.charAt(begin)) && begin > 0 && isWordChar(text.charAt(begin - 1)))
                && !(isWordChar(text.charAt(end - 1)) && end < text.length() && isWordChar(text.charAt(end)));
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
