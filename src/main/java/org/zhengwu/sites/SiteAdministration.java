package org.zhengwu.sites;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.sites.internal.Changes;
import org.zhengwu.sites.internal.SiteStore;

/**
 * Opens units' sites and manages their columns. Every rule is checked before anything is written, so a refused
 * request changes nothing; every change is recorded in the audit log in the same transaction.
 */
@Service
public class SiteAdministration {

    /** Codes become URL path segments: lower-case letters, digits and hyphens. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    /** Path segments the application itself answers under; no site may take them. */
    private static final Set<String> RESERVED = Set.of("admin", "api", "zh-hant", "assets", "uploads", "search",
            "open311", "login", "logout", "error", "static", "sitemap", "feeds", "_zw", "hall", "services", "hdjl", "bsfw",
            "ndbb", "v3");

    private final SiteStore store;
    private final SiteDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    SiteAdministration(SiteStore store, SiteDirectory directory, ApplicationEventPublisher events, AuditTrail audit) {
        this.store = store;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public Site openSite(NewSite request) {
        requireCode(request.unitCode(), "unit.code.invalid");
        requireCode(request.siteCode(), "site.code.invalid");
        if (RESERVED.contains(request.siteCode())) {
            throw new RuleViolation("site.code.reserved", request.siteCode());
        }
        requireText(request.unitName(), 200, "unit.name.required");
        requireText(request.siteName(), 200, "site.name.required");
        if (store.unitCodeTaken(request.unitCode())) {
            throw new RuleViolation("unit.code.duplicate", request.unitCode());
        }
        if (store.siteCodeTaken(request.siteCode())) {
            throw new RuleViolation("site.code.duplicate", request.siteCode());
        }
        checkHost(request.host(), 0);
        checkTheme(request.theme());
        if (request.portal() && directory.portal().isPresent()) {
            throw new RuleViolation("site.portal.exists");
        }
        long unitId = store.insertUnit(request.unitCode(), request.unitName().trim(), request.unitKind());
        long siteId = store.insertSite(unitId, request);
        audit.record(AuditEvent.of("unit.create", "unit", unitId, unitId,
                "新增单位 " + request.unitCode() + "（" + request.unitName().trim() + "），类型 " + request.unitKind()));
        changed(siteId);
        Site site = directory.site(siteId).orElseThrow();
        audit.record(AuditEvent.of("site.create", "site", siteId, unitId, "开设站点 " + site.code() + "（" + site.name() + "）"
                + (site.portal() ? "，门户" : "") + (site.host() == null ? "" : "，域名 " + site.host())));
        return site;
    }

    /** Adds a unit that has no site of its own (an office that reviews other units' content, say). */
    @Transactional
    public Unit addUnit(String code, String name, UnitKind kind) {
        requireCode(code, "unit.code.invalid");
        requireText(name, 200, "unit.name.required");
        if (kind == null) {
            throw new RuleViolation("unit.kind.required");
        }
        if (store.unitCodeTaken(code)) {
            throw new RuleViolation("unit.code.duplicate", code);
        }
        long id = store.insertUnit(code, name.trim(), kind);
        audit.record(AuditEvent.of("unit.create", "unit", id, id, "新增单位 " + code + "（" + name.trim() + "），类型 " + kind));
        directory.reload();
        return directory.unit(id).orElseThrow();
    }

    @Transactional
    public Site updateSite(long siteId, SiteDetails details) {
        Site before = directory.site(siteId).orElseThrow(() -> new RuleViolation("site.not-found", siteId));
        requireText(details.name(), 200, "site.name.required");
        checkHost(details.host(), siteId);
        checkTheme(details.theme());
        store.updateSite(siteId, details);
        changed(siteId);
        Site after = directory.site(siteId).orElseThrow();
        Changes changes = siteChanges(before, after);
        if (!changes.none()) {
            audit.record(AuditEvent.of("site.update", "site", siteId, after.unitId(), "修改站点 " + after.code() + "：" + changes));
        }
        return after;
    }

    @Transactional
    public Column addColumn(long siteId, ColumnDetails details) {
        directory.site(siteId).orElseThrow(() -> new RuleViolation("site.not-found", siteId));
        checkColumn(siteId, 0, details);
        long id = store.insertColumn(siteId, details);
        changed(siteId);
        Column column = directory.column(id).orElseThrow();
        audit.record(AuditEvent.of("column.create", "column", id, unitOfSite(siteId), "新增栏目 " + column.code()
                + "（" + column.name() + "），类型 " + column.kind() + "，上级栏目 " + (column.parentId() == null ? "无" : column.parentId())));
        return column;
    }

    @Transactional
    public Column updateColumn(long columnId, ColumnDetails details) {
        Column existing = store.column(columnId).orElseThrow(() -> new RuleViolation("column.not-found", columnId));
        checkColumn(existing.siteId(), columnId, details);
        store.updateColumn(columnId, details);
        changed(existing.siteId());
        Column after = directory.column(columnId).orElseThrow();
        Changes changes = columnChanges(existing, after);
        if (!changes.none()) {
            // a changed parent is a move in the tree; the record says from where to where
            audit.record(AuditEvent.of(Objects.equals(existing.parentId(), after.parentId()) ? "column.update" : "column.move",
                    "column", columnId, unitOfSite(after.siteId()), "修改栏目 " + after.code() + "：" + changes));
        }
        return after;
    }

    private static Changes siteChanges(Site a, Site b) {
        Site.FooterIdentity fa = a.footer() == null ? Site.FooterIdentity.empty() : a.footer();
        Site.FooterIdentity fb = b.footer() == null ? Site.FooterIdentity.empty() : b.footer();
        return new Changes()
                .field("名称", a.name(), b.name())
                .field("域名", a.host(), b.host())
                .field("标志", a.theme() == null ? null : a.theme().logoPath(), b.theme() == null ? null : b.theme().logoPath())
                .field("主色", a.theme() == null ? null : a.theme().primaryColor(), b.theme() == null ? null : b.theme().primaryColor())
                .field("主办单位", fa.sponsor(), fb.sponsor())
                .field("承办单位", fa.organizer(), fb.organizer())
                .field("联系方式", fa.contact(), fb.contact())
                .field("网站标识码", fa.siteIdentifier(), fb.siteIdentifier())
                .field("ICP备案号", fa.icpRecord(), fb.icpRecord())
                .field("公安备案号", fa.policeRecord(), fb.policeRecord())
                .field("排序", a.sortOrder(), b.sortOrder());
    }

    private static Changes columnChanges(Column a, Column b) {
        return new Changes()
                .field("上级栏目", a.parentId(), b.parentId())
                .field("代码", a.code(), b.code())
                .field("名称", a.name(), b.name())
                .field("类型", a.kind(), b.kind())
                .field("排序", a.sortOrder(), b.sortOrder())
                .field("责任人", a.responsiblePerson(), b.responsiblePerson())
                .field("更新周期（天）", a.updateIntervalDays(), b.updateIntervalDays())
                .field("外部链接", a.externalUrl(), b.externalUrl());
    }

    private Long unitOfSite(long siteId) {
        return directory.site(siteId).map(Site::unitId).orElse(null);
    }

    private void checkColumn(long siteId, long columnId, ColumnDetails d) {
        requireCode(d.code(), "column.code.invalid");
        requireText(d.name(), 200, "column.name.required");
        if (d.kind() == null) {
            throw new RuleViolation("column.kind.required");
        }
        if (store.columnCodeTaken(siteId, d.code(), columnId)) {
            throw new RuleViolation("column.code.duplicate", d.code());
        }
        if (d.updateIntervalDays() != null && (d.updateIntervalDays() < 1 || d.updateIntervalDays() > 3650)) {
            throw new RuleViolation("column.interval.range");
        }
        if (d.kind() == ColumnKind.LINK && (d.externalUrl() == null || !d.externalUrl().matches("https?://\\S+"))) {
            throw new RuleViolation("column.link.required");
        }
        if (d.parentId() != null) {
            Column parent = store.column(d.parentId()).orElseThrow(() -> new RuleViolation("column.parent.not-found"));
            if (parent.siteId() != siteId) {
                throw new RuleViolation("column.parent.other-site");
            }
            refuseCycle(columnId, d.parentId());
        }
    }

    /** Walks up from the new parent; meeting the column itself would make it its own ancestor. */
    private void refuseCycle(long columnId, long newParentId) {
        Set<Long> seen = new HashSet<>();
        Optional<Long> current = Optional.of(newParentId);
        while (current.isPresent()) {
            long id = current.get();
            if (id == columnId || !seen.add(id)) {
                throw new RuleViolation("column.parent.cycle");
            }
            current = store.parentOf(id);
        }
    }

    private void checkHost(String host, long siteId) {
        if (host == null || host.isBlank()) {
            return;
        }
        String h = host.trim().toLowerCase(java.util.Locale.ROOT);
        if (h.length() > 255 || !HOST.matcher(h).matches()) {
            throw new RuleViolation("site.host.invalid", host);
        }
        if (store.hostTaken(h, siteId)) {
            throw new RuleViolation("site.host.duplicate", h);
        }
    }

    private static void checkTheme(Site.Theme theme) {
        if (theme == null || theme.primaryColor() == null || !COLOR.matcher(theme.primaryColor()).matches()) {
            throw new RuleViolation("site.color.invalid");
        }
        if (theme.logoPath() != null && !theme.logoPath().isBlank() && !theme.logoPath().matches("/[A-Za-z0-9/._-]+")) {
            throw new RuleViolation("site.logo.invalid");
        }
    }

    private static void requireCode(String code, String key) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation(key, code == null ? "" : code);
        }
    }

    private static void requireText(String text, int max, String key) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new RuleViolation(key, max);
        }
    }

    /** Readers see the change once it is committed; publishing re-renders the site then. */
    private void changed(long siteId) {
        events.publishEvent(new SiteChanged(siteId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    directory.reload();
                }
            });
        }
        directory.reload();
    }
}
