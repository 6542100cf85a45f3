package org.zhengwu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.platform.text.OpenccChineseScript;
import org.zhengwu.platform.text.ScriptVariant;
import org.zhengwu.search.SearchDocument;
import org.zhengwu.search.SearchHit;
import org.zhengwu.search.SearchQuery;

/**
 * Any string of the page finds the page (issue 13): pieces cut at random out of real government text (samples of the
 * shared seed texts in {@code search/seeds}), typed in either script, as the search page reads them.
 */
class FragmentSearchTest {

    private static final ChineseScript SCRIPT = new OpenccChineseScript(ScriptVariant.TW);
    private static final List<String> SEEDS = List.of("simplified-speech.txt", "traditional-speech.txt",
            "work-report.txt", "rural-ecommerce-plan.txt", "traditional-with-pinyin.txt");

    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new LuceneSearchIndex(dir);
    }

    @AfterEach
    void close() throws IOException {
        index.destroy();
    }

    /** The seed texts cut into documents of about 300 characters at paragraph ends, as written (either script). */
    static List<String> seedDocuments() throws IOException {
        List<String> documents = new ArrayList<>();
        for (String seed : SEEDS) {
            String text;
            try (var in = FragmentSearchTest.class.getResourceAsStream("/search/seeds/" + seed)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            StringBuilder current = new StringBuilder();
            for (String paragraph : text.split("\n")) {
                if (paragraph.isBlank()) {
                    continue;
                }
                current.append(paragraph.strip()).append('\n');
                if (current.length() >= 300) {
                    documents.add(current.toString().strip());
                    current.setLength(0);
                }
            }
            if (!current.isEmpty()) {
                documents.add(current.toString().strip());
            }
        }
        return documents;
    }

    private static SearchDocument document(long id, String title, String body) {
        return new SearchDocument(id, "s", "站", "栏目", "n", title, "/s/n/" + id + ".html", LocalDate.of(2026, 12, 7),
                "NEWS", SCRIPT.toSimplified(title), SCRIPT.toSimplified(body), null);
    }

    /** What the search page asks for this text: made safe, folded to simplified script, every match on one page. */
    private List<SearchHit> search(String text) {
        SearchInput input = SearchInput.of(text);
        return index.search(new SearchQuery(input.words().stream().map(SCRIPT::toSimplified).toList(),
                input.phrases().stream().map(SCRIPT::toSimplified).toList(), null, 0, 200)).hits();
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    /**
     * {@code count} pieces of 2 to 8 characters cut at random places (fixed seed) out of the documents, each with the
     * index of its document. A cut never splits a run of letters or digits (numbers and Latin words are matched
     * whole); a piece needs two Chinese characters.
     */
    static List<Fragment> fragments(List<String> documents, int count, Random random) {
        List<Fragment> out = new ArrayList<>();
        while (out.size() < count) {
            int d = random.nextInt(documents.size());
            String text = documents.get(d);
            int start = random.nextInt(text.length() - 8);
            int end = start + 2 + random.nextInt(7);
            while (start > 0 && isWordChar(text.charAt(start)) && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            while (end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end))) {
                end++;
            }
            String piece = text.substring(start, end).strip();
            if (piece.codePoints().filter(CharacterGrams::isChinese).count() >= 2 && !piece.contains("\n")) {
                out.add(new Fragment(d, piece));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !CharacterGrams.isChinese(c);
    }

    record Fragment(int document, String text) {
    }

    @Test
    void everyPieceCutAtRandomFromAPageFindsThatPageInEitherScript() throws IOException {
        List<String> documents = seedDocuments();
        assertThat(documents.size()).isGreaterThan(25);
        for (int i = 0; i < documents.size(); i++) {
            index.index(document(i, "第" + (i + 1) + "篇", documents.get(i)));
        }
        List<Fragment> fragments = fragments(documents, 300, new Random(20261207));
        List<String> missed = new ArrayList<>();
        for (Fragment f : fragments) {
            String simplified = SCRIPT.toSimplified(f.text());
            for (String typed : List.of(simplified, SCRIPT.toTraditional(simplified))) {
                if (!ids(search(typed)).contains((long) f.document())) {
                    missed.add(typed + " (document " + f.document() + ")");
                }
            }
        }
        assertThat(missed).as("pieces that did not find their page, of %d", 2 * fragments.size()).isEmpty();
    }

    @Test
    void aQuotedPhraseFindsOnlyTheDocumentsThatHoldItAsWritten() {
        index.index(document(1, "年度总结", "今年各项任务完成情况良好，群众满意。"));
        index.index(document(2, "工作安排", "按期完成任务，情况另行通报。"));

        assertThat(ids(search("\"务完成情况\""))).containsExactly(1L);
        assertThat(ids(search("「務完成情況」"))).containsExactly(1L);
        assertThat(ids(search("\"完成任务情况\""))).isEmpty();
        assertThat(ids(search("\"情况完成\""))).isEmpty();
        // unquoted, the words are looked for one by one
        assertThat(ids(search("完成 情况"))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aPhraseDoesNotRunAcrossPunctuationTheQueryDoesNotHave() {
        index.index(document(3, "环境", "持续改善环境，境外投资稳步增长。"));

        assertThat(ids(search("环境境外"))).isEmpty();
        assertThat(ids(search("环境，境外"))).containsExactly(3L);
        assertThat(ids(search("\"改善环境、境外投资\""))).containsExactly(3L);
        // a piece that starts and ends with one character beside the punctuation
        assertThat(ids(search("境，境"))).containsExactly(3L);
    }

    @Test
    void aWholeWordRanksAboveAPieceThatOnlyCutsAcrossWords() {
        index.index(document(4, "大桥通车", "南京市长江大桥通车。南京市长江大桥维修。"));
        index.index(document(5, "全市工作会议", "市长在全市工作会议上讲话，部署今年城市建设、改造老旧管网和供水保障等工作，"
                + "要求各部门按期完成各项任务，确保群众满意。"));

        assertThat(ids(search("市长"))).containsExactly(5L, 4L);
        assertThat(ids(search("市長"))).containsExactly(5L, 4L);
    }

    @Test
    void theSnippetMarksThePieceAsTheVisitorWroteIt() {
        index.index(document(6, "年度总结", "今年各项任务完成情况良好，群众满意。"));

        assertThat(search("务完成情").get(0).snippet())
                .isEqualTo("今年各项任" + SearchHit.MARK_START + "务完成情" + SearchHit.MARK_END + "况良好，群众满意。");
        // a phrase written with other punctuation than the text's: each part is marked
        assertThat(search("\"良好、群众\"").get(0).snippet()).isEqualTo("今年各项任务完成情况" + SearchHit.MARK_START
                + "良好" + SearchHit.MARK_END + "，" + SearchHit.MARK_START + "群众" + SearchHit.MARK_END + "满意。");
    }
}
