package org.zhengwu.review.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.sites.UnitKind;

/**
 * Which chain reviews an item, and the administrators' configuration of chains. A column's chain overrides its
 * site's (a sub-column inherits its parent column's); a site without one uses the {@link ReviewChain#standard}
 * chain, whose offices are the group's units: the Party general office (kind PARTY_OFFICE), the Government general
 * office (the unit that owns the portal) and the secrecy office (kind SECRECY_OFFICE).
 */
@Service
class ReviewChains {

    /** The chain that applies somewhere and where it comes from. */
    record Effective(ReviewChain chain, ReviewViews.ChainSource source) {
    }

    private final ChainStore store;
    private final SiteDirectory sites;
    private final SiteAdministration siteAdministration;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewChains(ChainStore store, SiteDirectory sites, SiteAdministration siteAdministration, UnitScope scope,
                 AuditTrail audit, Clock clock) {
        this.store = store;
        this.sites = sites;
        this.siteAdministration = siteAdministration;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewChain chainFor(long siteId, long columnId) {
        return effective(siteId, columnId).chain();
    }

    /** The chain of a column (0: the site itself) and where it comes from. */
    @Transactional(readOnly = true)
    public Effective effective(long siteId, long columnId) {
        if (columnId != 0) {
            List<Column> path = sites.path(columnId);
            for (int i = path.size() - 1; i >= 0; i--) {
                Optional<ReviewChain> c = store.find(siteId, path.get(i).id());
                if (c.isPresent()) {
                    return new Effective(c.get(), i == path.size() - 1 ? ReviewViews.ChainSource.COLUMN : ReviewViews.ChainSource.PARENT_COLUMN);
                }
            }
        }
        return store.find(siteId, 0).map(c -> new Effective(c, ReviewViews.ChainSource.SITE))
                .orElseGet(() -> new Effective(standard(), ReviewViews.ChainSource.STANDARD));
    }

    /** The standard chain with the group's offices as they are now. */
    ReviewChain standard() {
        return ReviewChain.standard(unitOfKind(UnitKind.PARTY_OFFICE), sites.portal().map(Site::unitId).orElse(null),
                unitOfKind(UnitKind.SECRECY_OFFICE));
    }

    @Transactional(readOnly = true)
    public List<ChainStore.Configured> configured() {
        return store.all();
    }

    /** Sets the chain of a site (column 0) or column; administrators only. */
    @Transactional
    public void save(long siteId, long columnId, ReviewChain chain) {
        scope.requireAdministrator();
        requirePlace(siteId, columnId);
        chain.validate();
        for (ReviewChain.Level l : chain.levels()) {
            for (Long unit : unitsOf(l.unit())) {
                if (sites.unit(unit).isEmpty()) {
                    throw new RuleViolation("review.chain.level.unit-unknown", unit);
                }
            }
        }
        store.save(siteId, columnId, chain, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("review.chain.save", "review-chain", siteId + "/" + columnId,
                sites.site(siteId).map(Site::unitId).orElse(null), describe(chain)));
    }

    /** Removes the chain of a site or column: the column's parent, the site's chain or the standard one applies again. */
    @Transactional
    public void remove(long siteId, long columnId) {
        scope.requireAdministrator();
        requirePlace(siteId, columnId);
        if (store.delete(siteId, columnId)) {
            audit.record(AuditEvent.of("review.chain.remove", "review-chain", siteId + "/" + columnId,
                    sites.site(siteId).map(Site::unitId).orElse(null), ""));
        }
    }

    /** The offices of the standard chain as they are now: Party general office, Government general office, secrecy office. */
    @Transactional(readOnly = true)
    public List<Optional<Unit>> offices() {
        return List.of(sites.units().stream().filter(u -> u.kind() == UnitKind.PARTY_OFFICE).findFirst(),
                sites.portal().flatMap(p -> sites.unit(p.unitId())),
                sites.units().stream().filter(u -> u.kind() == UnitKind.SECRECY_OFFICE).findFirst());
    }

    /**
     * Adds the Party general office or the secrecy office as a unit without a site of its own (the Government general
     * office is the portal's unit); administrators only.
     */
    @Transactional
    public Unit addOffice(String code, String name, UnitKind kind) {
        scope.requireAdministrator();
        if (kind != UnitKind.PARTY_OFFICE && kind != UnitKind.SECRECY_OFFICE) {
            throw new RuleViolation("review.office.kind");
        }
        if (unitOfKind(kind) != null) {
            throw new RuleViolation("review.office.exists");
        }
        Unit unit = siteAdministration.addUnit(code == null ? null : code.trim(), name, kind);
        audit.record(AuditEvent.of("review.office.add", "unit", unit.id(), unit.id(), kind + " " + unit.code() + " " + unit.name()));
        return unit;
    }

    private void requirePlace(long siteId, long columnId) {
        sites.site(siteId).orElseThrow(() -> new RuleViolation("site.not-found", siteId));
        if (columnId != 0) {
            Column c = sites.column(columnId).orElseThrow(() -> new RuleViolation("column.not-found", columnId));
            if (c.siteId() != siteId) {
                throw new RuleViolation("review.chain.column.other-site");
            }
        }
    }

    private Long unitOfKind(UnitKind kind) {
        return sites.units().stream().filter(u -> u.kind() == kind).map(Unit::id).findFirst().orElse(null);
    }

    private static List<Long> unitsOf(ReviewChain.ReviewerUnit u) {
        if (u instanceof ReviewChain.ReviewerUnit.Fixed f) {
            return List.of(f.unitId());
        }
        if (u instanceof ReviewChain.ReviewerUnit.ByCategory b) {
            return List.of(b.partyUnitId(), b.governmentUnitId());
        }
        return List.of();
    }

    /** One line for the audit log: "1:UNIT_REVIEWER@own 2:OFFICE_REVIEWER@party 12/government 3 …". */
    static String describe(ReviewChain chain) {
        StringBuilder sb = new StringBuilder(chain.forbidSelfReview() ? "self-review forbidden;" : "self-review allowed;");
        int n = 0;
        for (ReviewChain.Level l : chain.levels()) {
            sb.append(' ').append(++n).append(':').append(l.role()).append('@');
            if (l.unit() instanceof ReviewChain.ReviewerUnit.Fixed f) {
                sb.append("unit ").append(f.unitId());
            } else if (l.unit() instanceof ReviewChain.ReviewerUnit.ByCategory b) {
                sb.append("party ").append(b.partyUnitId()).append("/government ").append(b.governmentUnitId());
            } else {
                sb.append("own unit");
            }
            if (l.urgentSkip()) {
                sb.append(" (urgent may skip)");
            }
        }
        return sb.toString();
    }
}
