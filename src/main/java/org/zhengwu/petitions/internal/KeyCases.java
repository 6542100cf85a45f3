package org.zhengwu.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;

/**
 * Key cases (重点信访案件, 领导包案): the petition office marks a petition as key with its leader, responsible unit and
 * plan; the office or the responsible unit's staff record visits and meetings and write the monthly report, which
 * sets where the case stands (化解 / 稳控 / 息访); the supervisors and the office read the ledger of all key cases.
 */
@Service
public class KeyCases {

    static final int MAX_TEXT = 2000;

    private final KeyCaseStore keys;
    private final PetitionStore petitions;
    private final UnitScope scope;
    private final PetitionAccess access;
    private final AuditTrail audit;
    private final SiteDirectory sites;
    private final Clock clock;

    KeyCases(KeyCaseStore keys, PetitionStore petitions, UnitScope scope, PetitionAccess access, AuditTrail audit,
             SiteDirectory sites, Clock clock) {
        this.keys = keys;
        this.petitions = petitions;
        this.scope = scope;
        this.access = access;
        this.audit = audit;
        this.sites = sites;
        this.clock = clock;
    }

    /** Marks a petition as key: {@code leaderName}, {@code leaderTitle}, {@code unitId}, {@code plan}. */
    @Transactional
    public void mark(String reference, Map<String, String> form) {
        access.requireRole(StaffRole.PETITION_OFFICER);
        PetitionRecord p = petition(reference);
        List<InvalidPetition.Problem> problems = new ArrayList<>();
        if (keys.find(p.id()).isPresent()) {
            problems.add(PetitionForm.problem(null, "petitions.error.key.already"));
        }
        String name = text(form, "leaderName", 50, problems);
        String title = text(form, "leaderTitle", 100, problems);
        String plan = text(form, "plan", PetitionSteps.MAX_TEXT, problems);
        Long unit = PetitionForm.number(form.get("keyUnitId"));
        if (unit == null || sites.unit(unit).isEmpty()) {
            problems.add(PetitionForm.problem("keyUnitId", "petitions.error.unit"));
        }
        refuse(problems);
        keys.insert(new KeyCase(p.id(), name, title, unit, plan, KeyCase.Resolution.OPEN, LocalDate.now(clock), null));
        audit.record(AuditEvent.of("petitions.key.mark", "petition", reference, unit, "包案领导 " + name + " " + title));
    }

    /** A visit or a meeting: {@code kind}, {@code on}, {@code who}, {@code what}. */
    @Transactional
    public void record(String reference, Map<String, String> form) {
        PetitionRecord p = petition(reference);
        KeyCase k = keyCase(p);
        String by = requireWorker(reference, k);
        List<InvalidPetition.Problem> problems = new ArrayList<>();
        KeyCase.Action.Kind kind = null;
        try {
            kind = KeyCase.Action.Kind.valueOf(PetitionForm.text(form.get("kind")));
        } catch (IllegalArgumentException e) {
            problems.add(PetitionForm.problem("kind", "petitions.error.key.kind"));
        }
        LocalDate on = day(form.get("on"), problems);
        String who = text(form, "who", 200, problems);
        String what = text(form, "what", MAX_TEXT, problems);
        refuse(problems);
        keys.addAction(p.id(), new KeyCase.Action(kind, on, who, what, by), OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("petitions.key.action", "petition", reference, k.unitId(), kind + " " + on));
    }

    /** The month's report: {@code month} (2026-10), {@code progress}, {@code resolution}; sets where the case stands. */
    @Transactional
    public void report(String reference, Map<String, String> form) {
        PetitionRecord p = petition(reference);
        KeyCase k = keyCase(p);
        String by = requireWorker(reference, k);
        List<InvalidPetition.Problem> problems = new ArrayList<>();
        YearMonth month = null;
        try {
            month = YearMonth.parse(PetitionForm.text(form.get("month")));
            if (month.isAfter(YearMonth.now(clock)) || month.isBefore(YearMonth.from(k.markedOn()))) {
                problems.add(PetitionForm.problem("month", "petitions.error.key.month"));
            }
        } catch (DateTimeParseException e) {
            problems.add(PetitionForm.problem("month", "petitions.error.key.month"));
        }
        String progress = text(form, "progress", MAX_TEXT, problems);
        KeyCase.Resolution r = null;
        try {
            r = KeyCase.Resolution.valueOf(PetitionForm.text(form.get("resolution")));
        } catch (IllegalArgumentException e) {
            problems.add(PetitionForm.problem("resolution", "petitions.error.key.resolution"));
        }
        refuse(problems);
        keys.saveReport(p.id(), new KeyCase.Report(month, progress, r, by), OffsetDateTime.now(clock));
        keys.resolution(p.id(), r, r.resolved() ? LocalDate.now(clock) : null);
        audit.record(AuditEvent.of("petitions.key.report", "petition", reference, k.unitId(), month + " " + r));
    }

    /** The ledger of every key case: leader, unit, days open, last action. The office and the supervisors. */
    @Transactional(readOnly = true)
    public List<KeyCase.LedgerLine> ledger() {
        access.requireRole(StaffRole.PETITION_OFFICER, StaffRole.SUPERVISOR);
        LocalDate today = LocalDate.now(clock);
        return keys.ledger().stream().map(row -> {
            KeyCase k = row.key();
            LocalDate end = k.resolvedOn() != null ? k.resolvedOn() : today;
            var last = keys.lastAction(k.petitionId());
            return new KeyCase.LedgerLine(row.reference(), PetitionRegistration.firstLine(row.matter()),
                    k.leaderName(), k.leaderTitle(), k.unitId(), k.resolution(), k.markedOn(),
                    ChronoUnit.DAYS.between(k.markedOn(), end),
                    last.map(KeyCase.Action::on).orElse(null),
                    last.map(a -> a.who() + "：" + a.what()).orElse(""));
        }).toList();
    }

    /** May the signed-in person record on this key case: the office, or the responsible unit's staff. */
    public boolean mayRecord(KeyCase k) {
        return scope.current().map(p -> p.role() == StaffRole.PETITION_OFFICER
                || (PetitionAccess.UNIT_ROLES.contains(p.role()) && Objects.equals(p.unitId(), k.unitId())))
                .orElse(false);
    }

    private String requireWorker(String reference, KeyCase k) {
        if (scope.current().isEmpty()) {
            access.requireRole(StaffRole.PETITION_OFFICER); // the system itself passes, an anonymous caller does not
            return access.actorName();
        }
        if (!mayRecord(k)) {
            StaffPrincipal p = scope.staff();
            audit.recordRefusal(AuditEvent.of("petitions.key.record", "petition", reference, k.unitId(),
                    "role " + p.role() + " of unit " + p.unitId() + " may not record on the key case"));
            throw new AccessDeniedException("key case " + reference + " refused");
        }
        return access.actorName();
    }

    private PetitionRecord petition(String reference) {
        return petitions.lock(PetitionForm.text(reference))
                .orElseThrow(() -> new NotFound("petitions.not-found", String.valueOf(reference)));
    }

    private KeyCase keyCase(PetitionRecord p) {
        return keys.find(p.id()).orElseThrow(() -> InvalidPetition.of(null, "petitions.error.key.none"));
    }

    private LocalDate day(String typed, List<InvalidPetition.Problem> problems) {
        try {
            LocalDate d = LocalDate.parse(PetitionForm.text(typed));
            if (!d.isAfter(LocalDate.now(clock))) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(PetitionForm.problem("on", "petitions.error.key.day"));
        return null;
    }

    private static String text(Map<String, String> form, String field, int max, List<InvalidPetition.Problem> problems) {
        String t = PetitionForm.text(form.get(field));
        if (t.isEmpty()) {
            problems.add(PetitionForm.problem(field, "petitions.error.field.empty"));
        } else if (t.length() > max) {
            problems.add(PetitionForm.problem(field, "petitions.error.too-long", max));
        }
        return t;
    }

    private static void refuse(List<InvalidPetition.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidPetition(problems);
        }
    }
}
