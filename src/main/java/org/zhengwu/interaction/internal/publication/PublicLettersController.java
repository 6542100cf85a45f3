package org.zhengwu.interaction.internal.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.PublishedLetter;
import org.zhengwu.interaction.PublishedLetterFilter;
import org.zhengwu.interaction.PublishedLetterPage;
import org.zhengwu.interaction.PublishedLetters;
import org.zhengwu.interaction.internal.web.HallPages;
import org.zhengwu.interaction.internal.web.HallText;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The public pages of published letters (信件公开, {@code /hdjl/letters}) and the hall's statistics
 * ({@code /hdjl/statistics}), in the portal's frame, also under {@code /zh-hant}. They read only
 * {@link PublishedLetters} (the confirmed, redacted texts) and the statistics' aggregates. Filters that name nothing
 * (an unknown mailbox, a bad year) simply find nothing; a bad statistics period is said in words.
 */
@Controller
class PublicLettersController {

    static final int PAGE_SIZE = 20;

    private final HallPages pages;
    private final PublishedLetters published;
    private final PublicationStore store;
    private final Mailboxes mailboxes;
    private final SiteDirectory sites;
    private final LetterStatistics statistics;

    PublicLettersController(HallPages pages, PublishedLetters published, PublicationStore store, Mailboxes mailboxes,
                            SiteDirectory sites, LetterStatistics statistics) {
        this.pages = pages;
        this.published = published;
        this.store = store;
        this.mailboxes = mailboxes;
        this.sites = sites;
        this.statistics = statistics;
    }

    @GetMapping({"/hdjl/letters", "/zh-hant/hdjl/letters"})
    ResponseEntity<String> list(@RequestParam(required = false) String mailbox,
                                @RequestParam(required = false) String unit,
                                @RequestParam(required = false) String year,
                                @RequestParam(required = false) String page, HttpServletRequest request) {
        HallText t = pages.text(request);
        String box = mailbox == null || mailbox.isBlank() ? null : mailbox.strip();
        Long unitId = number(unit).map(Integer::longValue).orElse(null);
        Integer y = number(year).filter(n -> n >= StatisticsPeriod.FIRST_YEAR).orElse(null);
        int p = number(page).filter(n -> n >= 1).orElse(1);
        PublishedLetterPage found = published.list(new PublishedLetterFilter(box, unitId,
                y == null ? null : LocalDate.of(y, 1, 1), y == null ? null : LocalDate.of(y, 12, 31),
                (p - 1) * PAGE_SIZE, PAGE_SIZE));
        int pageCount = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Unit> units = store.publishingUnits().stream().map(sites::unit).flatMap(Optional::stream).toList();
        List<Mailbox> boxes = mailboxes.all().stream().filter(Mailbox::enabled).toList();
        String query = (box == null ? "" : "mailbox=" + URLEncoder.encode(box, StandardCharsets.UTF_8) + "&")
                + (unitId == null ? "" : "unit=" + unitId + "&") + (y == null ? "" : "year=" + y + "&");
        return pages.render(HttpStatus.OK, t, "publication/list", t.t("interaction.publication.public.title"),
                "/hdjl/letters", new PublicLetterViews.ListPage(found.letters(), found.total(), p, pageCount, boxes,
                        units, years(), box, unitId, y, query));
    }

    @GetMapping({"/hdjl/letters/{number}", "/zh-hant/hdjl/letters/{number}"})
    ResponseEntity<String> letter(@PathVariable String number, HttpServletRequest request) {
        HallText t = pages.text(request);
        Optional<PublishedLetter> letter = published.byTrackingNumber(number);
        if (letter.isEmpty()) {
            return pages.problem(HttpStatus.NOT_FOUND, t, t.t("interaction.publication.public.gone.title"),
                    t.t("interaction.publication.public.gone"), "/hdjl/letters");
        }
        return pages.render(HttpStatus.OK, t, "publication/letter", letter.get().subject(),
                "/hdjl/letters/" + letter.get().trackingNumber(), new PublicLetterViews.Letter(letter.get()));
    }

    @GetMapping({"/hdjl/statistics", "/zh-hant/hdjl/statistics"})
    ResponseEntity<String> statistics(@RequestParam(required = false) String year,
                                      @RequestParam(required = false) String month, HttpServletRequest request) {
        HallText t = pages.text(request);
        StatisticsPeriod period;
        String error = null;
        HttpStatus status = HttpStatus.OK;
        try {
            period = statistics.period(year, month);
        } catch (RuleViolation e) {
            period = statistics.thisYear();
            error = t.t(e.key(), e.args());
            status = HttpStatus.BAD_REQUEST;
        }
        StatisticsReport report = statistics.report(period);
        String summary = t.t("interaction.statistics.summary", t.t(period.labelKey(statistics.today()), period.labelArgs()),
                report.total().received(), report.total().answered(), StatisticsReport.percent(report.total().onTimeRate()),
                StatisticsReport.percent(report.total().satisfactionRate()));
        return pages.render(status, t, "publication/statistics", t.t("interaction.statistics.title"), "/hdjl/statistics",
                new PublicLetterViews.Statistics(report, summary, years(), error));
    }

    /** The years one may choose: from this year back to the first with letters shown (at most ten). */
    private List<Integer> years() {
        int now = statistics.today().getYear();
        return IntStream.rangeClosed(0, 9).map(k -> now - k).filter(y -> y >= StatisticsPeriod.FIRST_YEAR).boxed().toList();
    }

    private static Optional<Integer> number(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
