package org.zhengwu.supervision.internal.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.scores.Rankings;
import org.zhengwu.supervision.internal.scores.ScoreSettings;

/**
 * The monthly bulletins (通报): issued by a supervisor for a month that has ended (one per month, numbered per year of
 * issue), downloaded as .docx and .pdf, and drafted as a notice (通知公告) of the portal, which the portal's editors
 * submit to its review chain like any item: nothing goes on the portal without review. Every step audited.
 */
@Service
public class Bulletins {

    private final BulletinStore store;
    private final BulletinContent content;
    private final BulletinFont font;
    private final Rankings rankings;
    private final ScoreSettings settings;
    private final ContentEditing editing;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    Bulletins(BulletinStore store, BulletinContent content, BulletinFont font, Rankings rankings,
              ScoreSettings settings, ContentEditing editing, SiteDirectory sites, UnitScope scope, AuditTrail audit,
              Clock clock) {
        this.store = store;
        this.content = content;
        this.font = font;
        this.rankings = rankings;
        this.settings = settings;
        this.editing = editing;
        this.sites = sites;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Bulletin> all() {
        settings.requireReader();
        return store.all();
    }

    /**
     * Issues the bulletin of a month that has ended, with the next number of this year.
     *
     * @throws RuleViolation for a month not typed right, not ended yet, or that has its bulletin already
     */
    @Transactional
    public Bulletin issue(String monthText) {
        settings.requireReader();
        YearMonth month = rankings.month(monthText);
        if (!month.isBefore(rankings.thisMonth())) {
            throw new RuleViolation("scores.bulletin.month.running", month.getYear(), month.getMonthValue());
        }
        if (store.byMonth(month).isPresent()) {
            throw new RuleViolation("scores.bulletin.month.issued", month.getYear(), month.getMonthValue());
        }
        LocalDate today = LocalDate.now(clock);
        int seq = store.nextNumber(today.getYear());
        String by = scope.current().map(StaffPrincipal::displayName).orElse("system");
        long id = store.insert(month, seq, today, OffsetDateTime.now(clock), by);
        audit.record(AuditEvent.of("supervision.bulletin.issue", "score_bulletin", id, null,
                month + " 〔" + today.getYear() + "〕" + seq));
        return store.byId(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Bulletin bulletin(long id) {
        settings.requireReader();
        return store.byId(id).orElseThrow(() -> new org.zhengwu.platform.web.NotFound("scores.bulletin.not-found"));
    }

    @Transactional(readOnly = true)
    public BulletinDraft draft(long id) {
        Bulletin b = bulletin(id);
        return content.draft(b, rankings.of(b.month()));
    }

    public byte[] docx(long id) {
        BulletinDraft d = draft(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BulletinDocx.write(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @throws RuleViolation when the server has no Chinese font to embed */
    public byte[] pdf(long id) {
        BulletinDraft d = draft(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BulletinPdf.write(d, font, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Drafts the bulletin as an item of the portal's first 通知公告 column, for the portal's editors to submit to
     * review; once drafted, the bulletin links to it and is not drafted again.
     *
     * @throws RuleViolation when the portal has no notice column, or the notice was drafted already
     */
    @Transactional
    public long draftNotice(long id) {
        Bulletin b = bulletin(id);
        if (b.noticeItemId() != null) {
            throw new RuleViolation("scores.bulletin.notice.drafted");
        }
        Column column = sites.portal().flatMap(p -> sites.columns(p.id()).stream()
                        .filter(c -> c.kind() == ColumnKind.NOTICE).findFirst())
                .orElseThrow(() -> new RuleViolation("scores.bulletin.notice.no-column"));
        BulletinDraft d = content.draft(b, rankings.of(b.month()));
        long item = editing.createDraft(new ContentDraft(column.id(), d.title(), d.number(), d.issuer(), null, "",
                String.join("", d.summary()), NoticeHtml.of(d), null, null, false, null, null, null, null, null,
                null));
        store.setNotice(id, item);
        audit.record(AuditEvent.of("supervision.bulletin.notice", "score_bulletin", id, null, "content " + item));
        return item;
    }
}
