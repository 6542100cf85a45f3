package org.zhengwu.interaction.internal.open311;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.interaction.LetterFilter;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.LetterStatus;
import org.zhengwu.interaction.LetterSummary;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.internal.open311.Open311Document.Fields;
import org.zhengwu.interaction.internal.open311.Open311Document.Many;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * GET requests and GET a request. What is shown is only what anybody holding a tracking number may see in the hall
 * ({@link LetterStatus}): the status, the service, the unit, the dates. Never the writer's name, phone, e-mail or
 * address, and never a letter's own subject or text (those may carry personal data; only the redacted text of a
 * published letter may ever be public). Lists ({@code requests.json} with filters) hold only letters whose writer
 * agreed to publication and that were answered; a letter that is private or still being handled is never listed,
 * and by its tracking number (which only its writer and app know) it shows its status and dates, nothing more.
 */
@Component
class PublicRequests {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Letters letters;
    private final Mailboxes mailboxes;
    private final SiteDirectory sites;
    private final Open311Text text;
    private final Clock clock;

    PublicRequests(Letters letters, Mailboxes mailboxes, SiteDirectory sites, Open311Text text, Clock clock) {
        this.letters = letters;
        this.mailboxes = mailboxes;
        this.sites = sites;
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

    /** Answered letters whose writer agreed to publication, newest first, at most {@link RequestQuery#MAX_RESULTS}. */
    private List<Fields> published(RequestQuery q) {
        List<Fields> rows = new ArrayList<>();
        if (!q.statuses().contains(RequestQuery.Status.CLOSED)) {
            return rows; // an answered letter is closed
        }
        Map<String, Mailbox> boxes = mailboxes.all().stream().collect(Collectors.toMap(Mailbox::code, Function.identity()));
        LocalDate from = q.start().atZoneSameInstant(CHINA).toLocalDate();
        LocalDate to = q.end().atZoneSameInstant(CHINA).toLocalDate();
        for (int offset = 0; rows.size() < RequestQuery.MAX_RESULTS; offset += LetterFilter.MAX_LIMIT) {
            List<LetterSummary> page = letters.list(new LetterFilter(q.serviceCode(), LetterState.ANSWERED, from, to,
                    offset, LetterFilter.MAX_LIMIT));
            for (LetterSummary l : page) {
                if (l.publicWish() && q.covers(l.submittedAt()) && rows.size() < RequestQuery.MAX_RESULTS) {
                    Mailbox box = boxes.get(l.mailboxCode());
                    String unit = l.unitId() == null ? null : sites.unit(l.unitId()).map(Unit::name).orElse(null);
                    rows.add(row(l.trackingNumber(), l.state(), box.code(), box.name(), unit, l.submittedAt(),
                            l.answeredAt(), null));
                }
            }
            if (page.size() < LetterFilter.MAX_LIMIT) {
                break;
            }
        }
        return rows;
    }

    private Fields row(LetterStatus s) {
        return row(s.trackingNumber(), s.state(), s.mailboxCode(), s.mailboxName(), s.unitName(), s.submittedAt(),
                s.answeredAt(), s.deadline());
    }

    /** A request in the specification's order of fields; what a letter has no equivalent for is empty. */
    private static Fields row(String number, LetterState state, String serviceCode, String serviceName, String unit,
                              OffsetDateTime submittedAt, OffsetDateTime answeredAt, LocalDate deadline) {
        RequestQuery.Status status = state.phase() == CasePhase.CLOSED ? RequestQuery.Status.CLOSED
                : RequestQuery.Status.OPEN;
        return new Fields().put("service_request_id", number).put("status", status.code()).put("status_notes", null)
                .put("service_name", serviceName).put("service_code", serviceCode).put("description", null)
                .put("agency_responsible", unit).put("service_notice", null)
                .put("requested_datetime", iso(submittedAt))
                .put("updated_datetime", iso(answeredAt == null ? submittedAt : answeredAt))
                .put("expected_datetime", deadline == null ? null
                        : iso(deadline.atTime(LocalTime.of(23, 59, 59)).atZone(CHINA).toOffsetDateTime()))
                .put("address", null).put("address_id", null).put("zipcode", null).put("lat", null).put("long", null)
                .put("media_url", null);
    }

    static String iso(OffsetDateTime t) {
        return t == null ? null : ISO.format(t.atZoneSameInstant(CHINA));
    }

    private static Open311Document document(List<Fields> rows) {
        return new Open311Document("service_requests", new Many("request", rows));
    }
}
