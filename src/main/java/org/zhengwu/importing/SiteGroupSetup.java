package org.zhengwu.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

/**
 * Creates the units, sites and columns a corpus header names that the group does not have yet; existing codes are
 * reused as they are. All of it happens in one transaction, so a header the sites module refuses creates nothing.
 */
@Component
class SiteGroupSetup {

    /**
     * What the setup did, for the command's report.
     *
     * @param portalKeptAsSite the file's portal, opened as an ordinary site because the group has a portal already
     *                         ({@code existingPortal}); null when that did not happen
     */
    record Outcome(int sitesCreated, int sitesReused, int columnsCreated, int columnsReused, String portalKeptAsSite,
                   String existingPortal) {
    }

    /** Where the articles go: the group's sites by code, each with its columns by code. */
    record Targets(Map<String, Site> sites, Map<Long, Map<String, Column>> columns) {

        Optional<Site> site(String code) {
            return Optional.ofNullable(sites.get(code));
        }

        Optional<Column> column(Site site, String code) {
            return Optional.ofNullable(columns.getOrDefault(site.id(), Map.of()).get(code));
        }
    }

    private final SiteAdministration administration;
    private final SiteDirectory directory;
    private final TransactionTemplate transaction;

    SiteGroupSetup(SiteAdministration administration, SiteDirectory directory, PlatformTransactionManager transactions) {
        this.administration = administration;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Creates what is missing; a {@link RuleViolation} (wrapped with the site it concerns) rolls all of it back. */
    Outcome ensure(CorpusHeader header) {
        return transaction.execute(status -> {
            int sitesCreated = 0;
            int sitesReused = 0;
            int columnsCreated = 0;
            int columnsReused = 0;
            String portalKeptAsSite = null;
            String existingPortal = null;
            for (CorpusHeader.SiteSpec spec : header.sites()) {
                Optional<Site> existing = directory.siteByCode(spec.code());
                Site site;
                if (existing.isPresent()) {
                    site = existing.get();
                    sitesReused++;
                } else {
                    boolean portal = spec.kind() == UnitKind.PORTAL;
                    if (portal && directory.portal().isPresent()) {
                        // The group has its portal already; the file's portal becomes an ordinary site beside it.
                        portalKeptAsSite = spec.code();
                        existingPortal = directory.portal().get().code();
                        portal = false;
                    }
                    site = open(spec, portal, header.sites().indexOf(spec));
                    sitesCreated++;
                }
                int order = 0;
                for (CorpusHeader.ColumnSpec column : spec.columns()) {
                    order++;
                    if (directory.column(site.id(), column.code()).isPresent()) {
                        columnsReused++;
                        continue;
                    }
                    try {
                        administration.addColumn(site.id(), new ColumnDetails(null, column.code(), column.name(),
                                column.kind(), order, null, null, null));
                    } catch (RuleViolation e) {
                        throw new SiteRefused(spec.code(), e);
                    }
                    columnsCreated++;
                }
            }
            return new Outcome(sitesCreated, sitesReused, columnsCreated, columnsReused, portalKeptAsSite, existingPortal);
        });
    }

    /** The whole group as it is now: sites named in the file and sites that were there before. */
    Targets targets() {
        Map<String, Site> sites = new HashMap<>();
        Map<Long, Map<String, Column>> columns = new HashMap<>();
        for (Site site : directory.sites()) {
            sites.put(site.code(), site);
            Map<String, Column> byCode = new HashMap<>();
            for (Column c : directory.columns(site.id())) {
                byCode.put(c.code(), c);
            }
            columns.put(site.id(), byCode);
        }
        return new Targets(Map.copyOf(sites), Map.copyOf(columns));
    }

    private Site open(CorpusHeader.SiteSpec spec, boolean portal, int sortOrder) {
        try {
            return administration.openSite(new NewSite(spec.code(), spec.name(), spec.kind(), spec.code(), spec.name(),
                    null, portal, new Site.Theme(null, Site.Theme.DEFAULT_COLOR), Site.FooterIdentity.empty(), sortOrder));
        } catch (RuleViolation e) {
            throw new SiteRefused(spec.code(), e);
        }
    }

    /** The sites module refused a site or column of the header; {@code reason} says why. */
    static final class SiteRefused extends RuntimeException {
        final String siteCode;
        final RuleViolation reason;

        SiteRefused(String siteCode, RuleViolation reason) {
            super(reason.getMessage(), reason);
            this.siteCode = siteCode;
            this.reason = reason;
        }
    }
}
