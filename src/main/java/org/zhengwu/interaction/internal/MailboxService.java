package org.zhengwu.interaction.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;

/** {@link Mailboxes}: every rule checked before anything is written; every change audited in its transaction. */
@Service
class MailboxService implements Mailboxes {

    /** Codes are path segments of the write form's address. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_LEADER = 50;
    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 60;

    private final MailboxStore store;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;
    private final AtomicReference<Known> known = new AtomicReference<>();
    private final AtomicLong changes = new AtomicLong();

    MailboxService(MailboxStore store, SiteDirectory sites, UnitScope scope, AuditTrail audit, Clock clock) {
        this.store = store;
        this.sites = sites;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Mailbox> enabled() {
        return known().all().stream().filter(Mailbox::enabled).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mailbox> all() {
        return store.all();
    }

    @Override
    public Optional<Mailbox> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(known().byCode().get(code.strip()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Mailbox> byId(long id) {
        return store.byId(id);
    }

    @Override
    @Transactional
    public Mailbox create(MailboxDetails details) {
        scope.requireRoleOrSystem(StaffRole.ADMINISTRATOR);
        forgetKnown();
        String code = details.code() == null ? "" : details.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new RuleViolation("interaction.mailbox.code.invalid");
        }
        MailboxDetails d = checked(code, details);
        if (store.byCode(code).isPresent()) {
            throw new RuleViolation("interaction.mailbox.code.duplicate", code);
        }
        long id;
        try {
            id = store.insert(d, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("interaction.mailbox.code.duplicate", code);
        }
        audit.record(AuditEvent.of("interaction.mailbox.create", "mailbox", id, d.defaultUnitId(), describe(d)));
        return store.byId(id).orElseThrow();
    }

    @Override
    @Transactional
    public Mailbox update(long id, MailboxDetails details) {
        scope.requireRoleOrSystem(StaffRole.ADMINISTRATOR);
        forgetKnown();
        Mailbox before = require(id);
        MailboxDetails d = checked(before.code(), details);
        store.update(id, d, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("interaction.mailbox.update", "mailbox", id, d.defaultUnitId(), describe(d)));
        return store.byId(id).orElseThrow();
    }

    @Override
    @Transactional
    public Mailbox setEnabled(long id, boolean enabled) {
        scope.requireRoleOrSystem(StaffRole.ADMINISTRATOR);
        forgetKnown();
        Mailbox before = require(id);
        store.setEnabled(id, enabled, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of(enabled ? "interaction.mailbox.enable" : "interaction.mailbox.disable", "mailbox",
                id, before.defaultUnitId(), before.code() + " " + before.name()));
        return store.byId(id).orElseThrow();
    }

    /**
     * The mailboxes as last committed, kept in memory: every letter and every hall page asks for them, and they change
     * a few times a year. A transaction that changes mailboxes reads its own writes from the tables instead.
     */
    private Known known() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return Known.of(store.all());
        }
        Known current = known.get();
        if (current != null) {
            return current;
        }
        long generation = changes.get();
        Known loaded = Known.of(store.all());
        if (changes.get() == generation) { // no change committed while loading: the snapshot may be kept
            known.compareAndSet(null, loaded);
        }
        return loaded;
    }

    /** Forgets the snapshot now and again when the changing transaction has ended (committed or not). */
    private void forgetKnown() {
        changes.incrementAndGet();
        known.set(null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                changes.incrementAndGet();
                known.set(null);
            }
        });
    }

    private record Known(List<Mailbox> all, Map<String, Mailbox> byCode) {
        static Known of(List<Mailbox> all) {
            Map<String, Mailbox> byCode = new HashMap<>();
            all.forEach(b -> byCode.put(b.code(), b));
            return new Known(List.copyOf(all), Map.copyOf(byCode));
        }
    }

    private Mailbox require(long id) {
        return store.byId(id).orElseThrow(() -> new NotFound("interaction.mailbox.not-found", id));
    }

    /** The details with their text trimmed, or the first rule they break. */
    private MailboxDetails checked(String code, MailboxDetails d) {
        String name = trim(d.name());
        if (name.isEmpty()) {
            throw new RuleViolation("interaction.mailbox.name.required");
        }
        if (name.length() > MAX_NAME) {
            throw new RuleViolation("interaction.mailbox.name.too-long", MAX_NAME);
        }
        if (d.kind() == null) {
            throw new RuleViolation("interaction.mailbox.kind.required");
        }
        String description = trim(d.description());
        if (description.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("interaction.mailbox.description.too-long", MAX_DESCRIPTION);
        }
        String leader = d.kind() == MailboxKind.LEADER ? trim(d.leaderName()) : "";
        if (d.kind() == MailboxKind.LEADER && leader.isEmpty()) {
            throw new RuleViolation("interaction.mailbox.leader.required");
        }
        if (leader.length() > MAX_LEADER) {
            throw new RuleViolation("interaction.mailbox.leader.too-long", MAX_LEADER);
        }
        if (d.defaultUnitId() != null && sites.unit(d.defaultUnitId()).isEmpty()) {
            throw new RuleViolation("interaction.mailbox.unit.unknown");
        }
        if (d.answerDays() < MIN_DAYS || d.answerDays() > MAX_DAYS) {
            throw new RuleViolation("interaction.mailbox.days.range", MIN_DAYS, MAX_DAYS);
        }
        return new MailboxDetails(code, name, d.kind(), description, leader.isEmpty() ? null : leader,
                d.defaultUnitId(), d.answerDays(), d.sortOrder());
    }

    private static String describe(MailboxDetails d) {
        return d.code() + " " + d.name() + " " + d.kind() + (d.leaderName() == null ? "" : " " + d.leaderName())
                + " 单位=" + d.defaultUnitId() + " 期限=" + d.answerDays() + "个工作日 顺序=" + d.sortOrder();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
