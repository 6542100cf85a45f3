package org.zhengwu.operations.internal.apikeys;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.ApiSecrets;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;

/**
 * The content API keys: issued to a unit, listed and revoked by the system administrator alone, each change audited in
 * its transaction and each refusal recorded. Secrets as the Open311 keys ({@link ApiSecrets}): shown once, stored as
 * their SHA-256.
 */
@Service
class ContentKeys {

    /** Every key starts with this, so a key found in a log or a repository is recognised for what it is. */
    static final String KEY_START = "zwapi_";

    /** A newly issued key: {@code secret} exists only here. */
    record Issued(ContentKey key, String secret) {
    }

    private final ContentKeyStore store;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    ContentKeys(ContentKeyStore store, SiteDirectory sites, UnitScope scope, AuditTrail audit, Clock clock) {
        this.store = store;
        this.sites = sites;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ContentKey> all() {
        requireAdministrator(null, null);
        return store.all();
    }

    @Transactional
    Issued issue(String unit, String name) {
        StaffPrincipal me = requireAdministrator("issue", null);
        long unitId = unit(unit);
        String n = ApiSecrets.name(name, "operations.key");
        if (sites.siteOfUnit(unitId).isEmpty()) {
            throw new RuleViolation("operations.key.unit.no-site");
        }
        String secret = ApiSecrets.newSecret(KEY_START);
        long id = store.insert(unitId, n, ApiSecrets.prefix(secret, KEY_START), ApiSecrets.hash(secret), me.username(),
                now());
        audit.record(AuditEvent.of("operations.key.issue", "content-api-key", id, unitId, n));
        return new Issued(store.byId(id).orElseThrow(), secret);
    }

    @Transactional
    ContentKey revoke(long id) {
        requireAdministrator("revoke", id);
        ContentKey key = store.byId(id).orElseThrow(() -> new NotFound("operations.key.not-found", id));
        if (!store.revoke(id, scope.staff().username(), now())) {
            throw new RuleViolation("operations.key.revoked-already", key.name());
        }
        audit.record(AuditEvent.of("operations.key.revoke", "content-api-key", id, key.unitId(), key.name()));
        return store.byId(id).orElseThrow();
    }

    /** The valid (not revoked) key with this secret, noted as used just now. */
    @Transactional
    Optional<ContentKey> use(String secret) {
        if (!ApiSecrets.plausible(secret, KEY_START)) {
            return Optional.empty();
        }
        Optional<ContentKey> key = store.byHash(ApiSecrets.hash(secret)).filter(k -> !k.revoked());
        key.ifPresent(k -> store.used(k.id(), now()));
        return key;
    }

    private long unit(String unit) {
        if (unit == null || unit.isBlank()) {
            throw new RuleViolation("operations.key.unit.required");
        }
        try {
            long id = Long.parseLong(unit.strip());
            return sites.unit(id).orElseThrow(() -> new RuleViolation("operations.key.unit.unknown")).id();
        } catch (NumberFormatException e) {
            throw new RuleViolation("operations.key.unit.unknown");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Only the system administrator; a refused change is recorded before the 403. */
    private StaffPrincipal requireAdministrator(String action, Long id) {
        StaffPrincipal p = scope.staff();
        if (!p.administrator()) {
            if (action != null) {
                audit.recordRefusal(AuditEvent.of("operations.key." + action, "content-api-key", id, p.unitId(),
                        "role " + p.role() + " may not manage content API keys"));
            }
            throw new AccessDeniedException("system administrator only");
        }
        return p;
    }
}
