package org.zhengwu.supervision.internal.fees;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.checks.PlainText;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.PublicationFigures;
import org.zhengwu.content.PublishedText;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Manuscript fees (稿酬): a month's statement computed from what was published in it (items written by staff; an
 * imported item has no writer and no fee), the settings, the office's bonuses, and the approval that freezes a
 * month. Everything here is the office's (supervisors, the system administrator), audited, and a refused change
 * changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class FeeStatements {

    static final int MAX_REASON = 200;

    private final FeeStore store;
    private final PublicationFigures publications;
    private final ContentQueries content;
    private final SiteDirectory sites;
    private final OfficeAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    FeeStatements(FeeStore store, PublicationFigures publications, ContentQueries content, SiteDirectory sites,
                  OfficeAccess access, AuditTrail audit, Clock clock) {
        this.store = store;
        this.publications = publications;
        this.content = content;
        this.sites = sites;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public FeeSettings settings() {
        return store.settings();
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The month's statement: the frozen one once approved, else computed now. */
    public FeeStatement statement(YearMonth month) {
        return store.approval(month)
                .map(a -> new FeeStatement(month, store.frozenLines(month), a.approvedBy(), a.approvedAt()))
                .orElseGet(() -> new FeeStatement(month, compute(month), null, null));
    }

    /** The characters an item's text counts: its plain text without white space. */
    static int characters(String html) {
        String text = html == null ? "" : PlainText.of(html);
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    private List<FeeLine> compute(YearMonth month) {
        FeeSettings rule = store.settings();
        ZoneId zone = clock.getZone();
        List<PublishedText> items = publications.published(month.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime()).stream()
                .filter(t -> t.editorId() != null).toList();
        Map<Long, FeeStore.Bonus> bonuses = store.bonuses(items.stream().map(PublishedText::id).toList());
        List<FeeLine> lines = new ArrayList<>();
        for (PublishedText t : items) {
            Site site = sites.site(t.siteId()).orElse(null);
            if (site == null) {
                continue;
            }
            int chars = characters(t.bodyHtml());
            FeeStore.Bonus bonus = bonuses.get(t.id());
            lines.add(new FeeLine(t.id(), t.title(), t.publishedAt(), site.unitId(), t.editorId(),
                    t.editorName() == null ? "" : t.editorName(), chars, rule.baseFen(chars),
                    bonus == null ? 0 : bonus.amountFen()));
        }
        return lines;
    }

    @Transactional
    public FeeSettings saveSettings(String perHundred, String bonusMin, String bonusMax) {
        StaffPrincipal p = access.requireOffice("supervision.fees.settings");
        FeeSettings s = FeeSettings.parse(perHundred, bonusMin, bonusMax);
        store.saveSettings(s, p.username(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("supervision.fees.settings", "manuscript_fee_settings", 1, null,
                "每百字 " + FeeSettings.yuan(s.fenPerHundred()) + " 元，奖励 " + FeeSettings.yuan(s.bonusMinFen()) + "–"
                        + FeeSettings.yuan(s.bonusMaxFen()) + " 元"));
        return s;
    }

    /** A bonus for a published item of a month not yet approved, within the settings' range, with a reason. */
    @Transactional
    public void enterBonus(String itemId, String amountYuan, String reason) {
        StaffPrincipal p = access.requireOffice("supervision.fees.bonus");
        ContentItem item = publishedItem(itemId);
        int fen = FeeSettings.fen(amountYuan, "fee.bonus.amount");
        FeeSettings rule = store.settings();
        if (fen < rule.bonusMinFen() || fen > rule.bonusMaxFen()) {
            throw new RuleViolation("fee.bonus.amount.range", FeeSettings.yuan(rule.bonusMinFen()),
                    FeeSettings.yuan(rule.bonusMaxFen()));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("fee.bonus.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolation("fee.bonus.reason.too-long", MAX_REASON);
        }
        YearMonth month = notFrozen(item);
        store.putBonus(new FeeStore.Bonus(item.id(), fen, why, p.username(), OffsetDateTime.now(clock)));
        audit.record(AuditEvent.of("supervision.fees.bonus", "content_item", item.id(), unitOf(item),
                month + " " + FeeSettings.yuan(fen) + " 元：" + why));
    }

    @Transactional
    public void removeBonus(String itemId) {
        access.requireOffice("supervision.fees.bonus");
        ContentItem item = publishedItem(itemId);
        YearMonth month = notFrozen(item);
        if (store.removeBonus(item.id())) {
            audit.record(AuditEvent.of("supervision.fees.bonus.remove", "content_item", item.id(), unitOf(item),
                    month.toString()));
        }
    }

    /** Freezes a month that has ended: its statement as it is now, whatever is published, edited or set later. */
    @Transactional
    public FeeStatement approve(YearMonth month) {
        StaffPrincipal p = access.requireOffice("supervision.fees.approve");
        if (!month.isBefore(thisMonth())) {
            throw new RuleViolation("fee.approve.not-ended", month.toString());
        }
        if (store.approval(month).isPresent()) {
            throw new RuleViolation("fee.approve.already", month.toString());
        }
        List<FeeLine> lines = compute(month);
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.approve(month, lines, p.displayName(), now);
        FeeStatement s = new FeeStatement(month, lines, p.displayName(), now);
        audit.record(AuditEvent.of("supervision.fees.approve", "manuscript_fee_month", month, null,
                lines.size() + " 篇，合计 " + FeeSettings.yuan(s.total("").totalFen()) + " 元"));
        return s;
    }

    private ContentItem publishedItem(String itemId) {
        long id;
        try {
            id = Long.parseLong(itemId == null ? "" : itemId.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("fee.bonus.item.invalid", itemId == null ? "" : itemId.strip());
        }
        return content.publishedItem(id).orElseThrow(() -> new RuleViolation("fee.bonus.item.unknown", id));
    }

    private YearMonth notFrozen(ContentItem item) {
        YearMonth month = YearMonth.from(item.publishedAt().atZoneSameInstant(clock.getZone()));
        if (store.approval(month).isPresent()) {
            throw new RuleViolation("fee.month.frozen", month.toString());
        }
        return month;
    }

    private Long unitOf(ContentItem item) {
        return sites.site(item.siteId()).map(Site::unitId).orElse(null);
    }
}
