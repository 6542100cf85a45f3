package org.zhengwu.services.internal.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.platform.storage.UploadFolder;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;

/**
 * The handlers' side: the queue of their unit's applications (supervisors and the system administrator read every
 * unit's), one application with the applicant's data decrypted for its own unit's staff only (each reading audited),
 * and the steps of {@link ApplicationFlow}, taken only by the owning unit's 办件人 or 单位审核人, each a move of the
 * case in one transaction with its audit record. A refusal changes nothing.
 */
@Service
public class ApplicationHandling {

    public static final int MAX_NOTE = 1000;
    /** Applications on one page of the queue. */
    public static final int PAGE_SIZE = 50;
    public static final int RESULT_MEGABYTES = 20;
    private static final Set<StaffRole> HANDLERS = Set.of(StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER);
    private static final Set<StaffRole> READERS = Set.of(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);

    private final ApplicationStore store;
    private final ApplicationForms forms;
    private final ApplicationFiles files;
    private final ServiceItems items;
    private final Cases cases;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Clock clock;
    private final TransactionTemplate tx;

    ApplicationHandling(ApplicationStore store, ApplicationForms forms, ApplicationFiles files, ServiceItems items,
                        Cases cases, UnitScope scope, AuditTrail audit, FieldCipher cipher, Clock clock,
                        PlatformTransactionManager transactions) {
        this.store = store;
        this.forms = forms;
        this.files = files;
        this.items = items;
        this.cases = cases;
        this.scope = scope;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * One page (from 1; past the last is the last) of the applications the current staff member may see, newest
     * first; {@code state} null for all.
     */
    public QueuePage queue(ApplicationState state, int page) {
        StaffPrincipal p = scope.staff();
        Set<Long> units = READERS.contains(p.role()) ? null
                : HANDLERS.contains(p.role()) && p.unitId() != null ? Set.of(p.unitId()) : Set.of();
        long total = store.count(units, state);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.max(1, Math.min(page, pages));
        return new QueuePage(store.queue(units, state, PAGE_SIZE, (at - 1) * PAGE_SIZE), total, at, pages);
    }

    /** How many of the staff member's unit's applications wait for its handlers; 0 for anyone else. */
    public long waitingFor(StaffPrincipal p) {
        return HANDLERS.contains(p.role()) && p.unitId() != null ? store.waiting(p.unitId()) : 0;
    }

    /** One application; a 403 for staff who may not see it, audited when the personal data is shown. */
    public HandlerView open(String number) {
        ApplicationRecord r = require(number);
        StaffPrincipal p = scope.staff();
        boolean own = ownUnit(p, r);
        if (!own && !READERS.contains(p.role())) {
            refuse("services.application.read", r, "unit " + r.unitId() + " is not the caller's");
        }
        ServiceItem item = items.byId(r.itemId()).orElseThrow();
        Map<String, String> answers = own ? Answers.open(cipher, r.answers()) : Map.of();
        if (own) {
            audit.record(AuditEvent.of("services.application.read", "application", r.number(), r.unitId(),
                    "查看申请人信息"));
        }
        return new HandlerView(r, item, cases.find(r.caseId()).orElseThrow(), forms.form(item), answers, own,
                store.files(r.id()), own ? store.opinions(r.id()) : List.of(), cases.history(r.caseId()),
                own && HANDLERS.contains(p.role()));
    }

    /** A stored file of the application, for its own unit's staff. */
    public Optional<java.nio.file.Path> file(String number, int position) {
        ApplicationRecord r = require(number);
        if (!ownUnit(scope.staff(), r)) {
            refuse("services.application.file", r, "unit " + r.unitId() + " is not the caller's");
        }
        return store.files(r.id()).stream().filter(f -> f.position() == position).findFirst()
                .flatMap(f -> files.resolve(f.storedName()));
    }

    /** Takes a step; {@code result} is the result document of 办结 (required then, ignored otherwise). */
    public ApplicationState act(String number, ApplicationFlow.Step step, String note, Upload result) {
        ApplicationRecord r = require(number);
        requireHandler("services.application." + step.name().toLowerCase(Locale.ROOT), r);
        return take(r, step, note, result);
    }

    /** The same step taken by the system itself (the demo); a staff member or a citizen is refused. */
    ApplicationState takeAsSystem(String number, ApplicationFlow.Step step, String note, Upload result) {
        scope.requireRoleOrSystem();
        return take(require(number), step, note, result);
    }

    private ApplicationState take(ApplicationRecord r, ApplicationFlow.Step step, String note, Upload result) {
        if (step == ApplicationFlow.Step.ANSWER) {
            throw new RuleViolation("service.application.step.refused", r.state().name(), step.name());
        }
        String text = note == null ? "" : note.strip();
        if (step.needsNote() && text.isEmpty()) {
            throw new RuleViolation("service.application.note.required." + step.name());
        }
        if (text.length() > MAX_NOTE) {
            throw new RuleViolation("service.application.note.too-long", MAX_NOTE);
        }
        ApplicationState to = ApplicationFlow.next(r.state(), step, r.correctionFrom());
        if (step == ApplicationFlow.Step.GRANT) {
            requireJointConsent(r);
        }
        Map<String, UploadFolder.Stored> stored = step == ApplicationFlow.Step.FINISH ? result(result) : Map.of();
        try {
            tx.executeWithoutResult(s -> {
                if (step == ApplicationFlow.Step.RESUME) {
                    cases.resume(r.caseId(), text); // the deadline moves by the working days 中止 lasted
                }
                CaseView moved = cases.move(r.caseId(), CaseStep.to(to.name(), text));
                // 补正 stops the clock until the applicant answers, 中止 until 恢复; the engine moves the deadline then
                String pause = to == ApplicationState.CORRECTION ? CaseType.CORRECTION
                        : to == ApplicationState.SUSPENDED ? CaseType.SUSPENSION : null;
                CaseView c = pause != null ? cases.pause(r.caseId(), pause, text) : moved;
                stored.forEach((slot, f) -> store.insertFile(r.id(), slot, 0, f));
                store.mirror(r.id(), to, c.ownerUnitId(), c.deadline(), pause != null ? r.state() : null,
                        pause != null ? text : null, OffsetDateTime.now(clock));
                store.outcome(r.id(), to, OffsetDateTime.now(clock));
                audit.record(AuditEvent.of("services.application." + step.name().toLowerCase(Locale.ROOT),
                        "application", r.number(), r.unitId(), r.state() + " → " + to));
            });
        } catch (RuntimeException | Error e) {
            files.delete(stored);
            throw e;
        }
        return to;
    }

    /** 会签: all asked units must have agreed before 准予; 不予许可 stays open to the unit whatever they said. */
    private void requireJointConsent(ApplicationRecord r) {
        cases.jointReview(r.caseId()).ifPresent(j -> {
            if (!j.complete()) {
                throw new RuleViolation("service.application.joint.waiting");
            }
            if (j.anyDisagreed()) {
                throw new RuleViolation("service.application.joint.disagreed");
            }
        });
    }

    /** 审查意见: kept apart from the case's history, never shown to the applicant. */
    public void addOpinion(String number, String opinion) {
        ApplicationRecord r = require(number);
        StaffPrincipal p = requireHandler("services.application.opinion", r);
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new RuleViolation("service.application.opinion.invalid", MAX_NOTE);
        }
        if (r.state() != ApplicationState.REVIEW && r.state() != ApplicationState.ACCEPTED) {
            throw new RuleViolation("service.application.opinion.state");
        }
        tx.executeWithoutResult(s -> {
            store.addOpinion(r.id(), p.displayName(), text, OffsetDateTime.now(clock));
            audit.record(AuditEvent.of("services.application.opinion", "application", number, r.unitId(), "审查意见"));
        });
    }

    private Map<String, UploadFolder.Stored> result(Upload result) {
        FormField slot = new FormField(ApplicationFile.RESULT, "办理结果文书", FieldType.ATTACHMENT, true, "", List.of(),
                Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX), RESULT_MEGABYTES);
        List<Problem> problems = new ArrayList<>();
        Map<String, Upload> given = result == null ? Map.of() : Map.of(ApplicationFile.RESULT, result);
        AnswerRules.check(List.of(slot), Map.of(), given, problems);
        Map<String, UploadFolder.Stored> stored = problems.isEmpty() ? files.store(List.of(slot), given, problems) : Map.of();
        if (!problems.isEmpty()) {
            files.delete(stored);
            throw new InvalidApplication(problems);
        }
        return stored;
    }

    private StaffPrincipal requireHandler(String action, ApplicationRecord r) {
        StaffPrincipal p = scope.staff();
        if (!HANDLERS.contains(p.role()) || !ownUnit(p, r)) {
            refuse(action, r, "only the handlers of unit " + r.unitId() + " act on it");
        }
        return p;
    }

    private static boolean ownUnit(StaffPrincipal p, ApplicationRecord r) {
        return p.role().unitBound() && Objects.equals(p.unitId(), r.unitId());
    }

    private void refuse(String action, ApplicationRecord r, String why) {
        audit.recordRefusal(AuditEvent.of(action, "application", r.number(), r.unitId(), why));
        throw new AccessDeniedException(why);
    }

    private ApplicationRecord require(String number) {
        return store.byNumber(number).orElseThrow(() -> new NotFound("service.application.not-found", number));
    }
}
