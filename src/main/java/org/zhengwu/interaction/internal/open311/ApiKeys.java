package org.zhengwu.interaction.internal.open311;

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
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;

/**
 * The Open311 API keys: issued, listed and revoked by the hall's dispatcher (互动分办员) or the system administrator,
 * each change audited in its transaction and each refusal recorded. A key is 24 random bytes; it is shown once, when
 * issued, and stored only as its SHA-256, so the database alone never gives a working key ({@link ApiSecrets}, shared
 * with the content API's keys).
 */
@Service
class ApiKeys {

    static final int MAX_NAME = ApiSecrets.MAX_NAME;
    /** Every key starts with this, so a key found in a log or a repository is recognised for what it is. */
    static final String KEY_START = "zw311_";

    /** A newly issued key: {@code secret} exists only here. */
    record Issued(ApiKey key, String secret) {
    }

    private final ApiKeyStore store;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    ApiKeys(ApiKeyStore store, UnitScope scope, AuditTrail audit, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ApiKey> all() {
        requireKeeper(null, null);
        return store.all();
    }

    @Transactional
    Issued issue(String name) {
        StaffPrincipal me = requireKeeper("issue", null);
        String n = ApiSecrets.name(name, "open311.key");
        String secret = ApiSecrets.newSecret(KEY_START);
        long id = store.insert(n, ApiSecrets.prefix(secret, KEY_START), hash(secret), me.username(), now());
        audit.record(AuditEvent.of("open311.key.issue", "open311-key", id, null, n));
        return new Issued(store.byId(id).orElseThrow(), secret);
    }

    @Transactional
    ApiKey revoke(long id) {
        requireKeeper("revoke", id);
        ApiKey key = store.byId(id).orElseThrow(() -> new NotFound("open311.key.not-found", id));
        if (!store.revoke(id, scope.staff().username(), now())) {
            throw new RuleViolation("open311.key.revoked-already", key.name());
        }
        audit.record(AuditEvent.of("open311.key.revoke", "open311-key", id, null, key.name()));
        return store.byId(id).orElseThrow();
    }

    /** The valid (not revoked) key with this secret. */
    @Transactional(readOnly = true)
    Optional<ApiKey> valid(String secret) {
        if (!ApiSecrets.plausible(secret, KEY_START)) {
            return Optional.empty();
        }
        return store.byHash(hash(secret)).filter(k -> !k.revoked());
    }

    /** Notes that the key was just used (in the caller's transaction). */
    void used(ApiKey key) {
        store.used(key.id(), now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Only the dispatcher and the system administrator; a refused change is recorded before the 403. */
    private StaffPrincipal requireKeeper(String action, Long id) {
        StaffPrincipal p = scope.staff();
        if (p.role() != StaffRole.DISPATCHER && p.role() != StaffRole.ADMINISTRATOR) {
            if (action != null) {
                audit.recordRefusal(AuditEvent.of("open311.key." + action, "open311-key", id, p.unitId(),
                        "role " + p.role() + " may not manage Open311 keys"));
            }
            throw new AccessDeniedException("dispatcher and administrator only");
        }
        return p;
    }

    static String hash(String secret) {
        return ApiSecrets.hash(secret);
    }
}
