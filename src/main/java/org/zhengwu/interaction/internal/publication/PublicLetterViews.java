package org.zhengwu.interaction.internal.publication;

import java.util.List;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.PublishedLetter;
import org.zhengwu.sites.Unit;

/** What the public pages of published letters and statistics show. */
public final class PublicLetterViews {

    private PublicLetterViews() {
    }

    /**
     * The list of published letters with its filters as chosen (null: any).
     *
     * @param query the chosen filters as a query string for the pager, without the page
     */
    public record ListPage(List<PublishedLetter> letters, long total, int page, int pages, List<Mailbox> mailboxes,
                           List<Unit> units, List<Integer> years, String mailbox, Long unit, Integer year,
                           String query) {
    }

    /** One published letter. */
    public record Letter(PublishedLetter letter) {
    }

    /**
     * The statistics page.
     *
     * @param error a refused period's message (the page then shows this year), or null
     */
    public record Statistics(StatisticsReport report, String summary, List<Integer> years, String error) {
    }
}
