package org.zhengwu.interaction.internal.open311;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.LetterStatus;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.PublishedLetter;
import org.zhengwu.interaction.PublishedLetterFilter;
import org.zhengwu.interaction.PublishedLetterPage;
import org.zhengwu.interaction.PublishedLetters;
import org.zhengwu.interaction.internal.open311.Open311Document.Fields;
import org.zhengwu.interaction.internal.open311.Open311Document.Many;

/**
 * GET requests and GET a request. Lists ({@code requests.json} with filters) hold only published letters
 * ({@link PublishedLetters}: the writer agreed, the answer was sent and the unit's leader confirmed publication), with
 * their redacted subject and text as {@code description} and the redacted answer as {@code status_notes}. A letter
 * that is private or not (yet) published is never listed; by its tracking number (which only its writer and the
 * writer's app know) it shows what the hall's look-up shows anybody with the number ({@link LetterStatus}): status,
 * service, unit and dates, no text. Never the writer's name, phone, e-mail or address, never a letter's own words.
 */
@Component
class PublicRequests {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Letters letters;
    private final PublishedLetters published;
    private final Open311Text text;
    private final Clock clock;

    PublicRequests(Letters letters, PublishedLetters published, Open311Text text, Clock clock) {
        this.letters = letters;
        this.published = published;
        this.text = text;
        this.clock = clock;
    }

    /** One request by its tracking number; 404 when there is none. */
    Open311Document one(String id) {
        LetterStatus s = letters.status(id).orElseThrow(() -> new Open311Failure(HttpStatus.NOT_FOUND,
                text.t("open311.error.request.unknown", id)));
        return document(List.of(row(s)));
    }

    Open311Document search(String ids, String serviceCode, String startDate, String endDate, String status) {
        RequestQuery q = RequestQuery.parse(ids, serviceCode, startDate, endDate, status, OffsetDateTime.now(clock));
        if (!q.ids().isEmpty()) {
            List<Fields> rows = new ArrayList<>();
            for (String id : q.ids()) {
                letters.status(id).ifPresent(s -> rows.add(row(s)));
            }
            return document(rows);
        }
        return document(published(q));
    }

    /** Published letters, newest first, at most {@link RequestQuery#MAX_RESULTS}. */
    private List<Fields> published(RequestQuery q) {
        List<Fields> rows = new ArrayList<>();
        LocalDate from = q.start().atZoneSameInstant(CHINA).toLocalDate();
        LocalDate to = q.end().atZoneSameInstant(CHINA).toLocalDate();
        PublishedLetterPage page;
        int offset = 0;
        do {
            page = published.list(new PublishedLetterFilter(q.serviceCode(), null, from, to, offset,
                    PublishedLetterFilter.MAX_LIMIT));
            for (PublishedLetter p : page.letters()) {
                if (rows.size() == RequestQuery.MAX_RESULTS) {
                    return rows;
                }
                if (!q.covers(p.submittedAt())) {
                    continue;
                }
                // published after an answer, it is open again while a dissatisfied writer's letter is re-answered
                LetterStatus s = letters.status(p.trackingNumber()).orElseThrow();
                if (q.statuses().contains(status(s.state()))) {
                    rows.add(row(s, p));
                }
            }
            offset += page.letters().size();
        } while (page.hasNext() && !page.letters().isEmpty());
        return rows;
    }

    /** A letter by its number: the published texts if it was published, else its status and dates only. */
    private Fields row(LetterStatus s) {
        return row(s, published.byTrackingNumber(s.trackingNumber()).orElse(null));
    }

    /** A request in the specification's order of fields; what a letter has no equivalent for is empty. */
    private static Fields row(LetterStatus s, PublishedLetter p) {
        return new Fields().put("service_request_id", s.trackingNumber()).put("status", status(s.state()).code())
                .put("status_notes", p == null ? null : p.answer())
                .put("service_name", s.mailboxName()).put("service_code", s.mailboxCode())
                .put("description", p == null ? null : p.subject() + "\n\n" + p.text())
                .put("agency_responsible", s.unitName()).put("service_notice", null)
                .put("requested_datetime", iso(s.submittedAt()))
                .put("updated_datetime", iso(s.answeredAt() == null ? s.submittedAt() : s.answeredAt()))
                .put("expected_datetime", s.deadline() == null ? null
                        : iso(s.deadline().atTime(LocalTime.of(23, 59, 59)).atZone(CHINA).toOffsetDateTime()))
                .put("address", null).put("address_id", null).put("zipcode", null).put("lat", null).put("long", null)
                .put("media_url", null);
    }

    private static RequestQuery.Status status(LetterState state) {
        return state.phase() == CasePhase.CLOSED ? RequestQuery.Status.CLOSED : RequestQuery.Status.OPEN;
    }

    static String iso(OffsetDateTime t) {
        return t == null ? null : ISO.format(t.atZoneSameInstant(CHINA));
    }

    private static Open311Document document(List<Fields> rows) {
        return new Open311Document("service_requests", new Many("request", rows));
    }
}
