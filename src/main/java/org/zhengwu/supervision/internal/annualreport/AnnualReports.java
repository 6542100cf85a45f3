package org.zhengwu.supervision.internal.annualreport;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.fees.OfficeAccess;

/**
 * The annual website report (政府网站工作年度报表) of a site and year: the platform's figures with what staff entered,
 * saved and published on the portal. The office reads and writes every site's; a unit's 信息员 and 单位审核人 their
 * own unit's site's. Saving and publishing are audited; a refused form changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

    private final AnnualReportStore store;
    private final AnnualFigures figures;
    private final SiteDirectory sites;
    private final OfficeAccess access;
    private final AuditTrail audit;
    private final AnnualReportPages pages;
    private final Clock clock;

    AnnualReports(AnnualReportStore store, AnnualFigures figures, SiteDirectory sites, OfficeAccess access,
                  AuditTrail audit, AnnualReportPages pages, Clock clock) {
        this.store = store;
        this.figures = figures;
        this.sites = sites;
        this.access = access;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    public int thisYear() {
        return Year.now(clock).getValue();
    }

    /** The report as it stands: the platform's figures now and what was entered, with its publication time. */
    public AnnualReport draft(String siteCode, int year) {
        Site site = site(siteCode);
        access.require("supervision.annual.view", site.unitId());
        return draft(site, checked(year));
    }

    /** The sites the signed-in staff member may report on. */
    public List<Site> sitesForStaff() {
        return sites.sites().stream().filter(s -> mayReport(s.unitId())).toList();
    }

    private boolean mayReport(long unitId) {
        return access.mayReport(unitId);
    }

    AnnualReport draft(Site site, int year) {
        AnnualReportStore.Row row = store.find(site.id(), year).orElse(null);
        Map<ReportField, String> values = new EnumMap<>(ReportField.class);
        if (row != null) {
            values.putAll(row.entered());
        }
        values.putAll(figures.of(site, year));
        values.put(ReportField.INTERPRETATION_TOTAL, Long.toString(count(values, ReportField.INTERPRETATION_MATERIALS)
                + count(values, ReportField.INTERPRETATION_PRODUCTS) + count(values, ReportField.INTERPRETATION_MEDIA)));
        return new AnnualReport(site, year, values, row == null ? null : row.publishedAt());
    }

    /** Keeps what staff entered (every field checked; see {@link ReportValues}). */
    @Transactional
    public void save(String siteCode, int year, Map<String, List<String>> form) {
        Site site = site(siteCode);
        StaffPrincipal p = access.require("supervision.annual.save", site.unitId());
        int y = checked(year);
        Map<ReportField, String> entered = ReportValues.parse(form);
        store.saveEntered(site.id(), y, entered, p.username(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("supervision.annual.save", "annual_report", site.code() + "/" + y, site.unitId(),
                entered.size() + " 项填报"));
    }

    /** Publishes the report as it stands now on the portal ({@code /ndbb/}); publishing again replaces it. */
    @Transactional
    public AnnualReport publish(String siteCode, int year) {
        Site site = site(siteCode);
        StaffPrincipal p = access.require("supervision.annual.publish", site.unitId());
        int y = checked(year);
        if (store.find(site.id(), y).isEmpty()) {
            throw new RuleViolation("annual.publish.not-saved");
        }
        AnnualReport draft = draft(site, y);
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.publish(site.id(), y, draft.values(), p.username(), now);
        audit.record(AuditEvent.of("supervision.annual.publish", "annual_report", site.code() + "/" + y,
                site.unitId(), draft.values().size() + " 项"));
        AnnualReport published = new AnnualReport(site, y, draft.values(), now);
        afterCommit(() -> pages.published(published));
        return published;
    }

    private static long count(Map<ReportField, String> values, ReportField f) {
        String v = values.get(f);
        return v == null || v.isEmpty() ? 0 : Long.parseLong(v);
    }

    private Site site(String code) {
        return sites.siteByCode(code == null ? "" : code).orElseThrow(() -> new NotFound("annual.site.unknown", code));
    }

    private int checked(int year) {
        if (year < 2000 || year > thisYear()) {
            throw new NotFound("annual.year.invalid", Integer.toString(year), Integer.toString(thisYear()));
        }
        return year;
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
