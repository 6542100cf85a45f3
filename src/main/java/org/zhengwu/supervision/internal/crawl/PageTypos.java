package org.zhengwu.supervision.internal.crawl;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.checks.ContentChecks;
import org.zhengwu.checks.Finding;
import org.zhengwu.checks.PlainText;

/**
 * The serious typos and wrong expressions (错别字、严重表述错误: leaders' names, the country's name, dates …) of a
 * published page's own content, found by the checks module's word lists, the same lists that check an item before
 * review (only the word lists: personal data is the submission check's business, and nothing is requested).
 */
@Component
class PageTypos {

    private final ContentChecks checks;

    PageTypos(ContentChecks checks) {
        this.checks = checks;
    }

    /** The typos in this HTML fragment (the page's {@code <main>}), in text order. */
    List<Findings.Typo> find(String html) {
        String text = PlainText.of(html);
        if (text.isBlank()) {
            return List.of();
        }
        List<Findings.Typo> found = new ArrayList<>(0);
        for (Finding f : checks.words(text)) {
            if (f.kind() == Finding.Kind.TYPO) {
                found.add(new Findings.Typo(f.text(), f.suggestion()));
            }
        }
        return found;
    }
}
