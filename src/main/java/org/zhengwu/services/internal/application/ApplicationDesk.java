package org.zhengwu.services.internal.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.crypto.QueryCodes;
import org.zhengwu.platform.storage.UploadFolder;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;

/**
 * The applicant's side after submitting: proving number and query code, the progress they may see (no 审查意见, no
 * note of a step that is not addressed to them; where the clock stopped for 补正 or 中止 and the working days it
 * stood still, the 中止's reason and the note of its 恢复 being addressed to them), and the answer to a 补正 request,
 * which returns the application to where the request came from.
 */
@Service
public class ApplicationDesk {

    public static final int MAX_ANSWER = 1000;
    /** The states whose step notes are written to the applicant (reasons, what to correct, their own answer). */
    private static final Set<ApplicationState> NOTES_FOR_APPLICANT = EnumSet.of(ApplicationState.SUBMITTED,
            ApplicationState.ACCEPTED, ApplicationState.REFUSED_INTAKE, ApplicationState.CORRECTION,
            ApplicationState.SUSPENDED, ApplicationState.GRANTED, ApplicationState.DENIED, ApplicationState.DONE);
    /** The states that stop the clock; the note of each is shown to the applicant while in it. */
    private static final Set<ApplicationState> PAUSING = EnumSet.of(ApplicationState.CORRECTION,
            ApplicationState.SUSPENDED);

    private final ApplicationStore store;
    private final ApplicationForms forms;
    private final ApplicationFiles files;
    private final ServiceItems items;
    private final Cases cases;
    private final AuditTrail audit;
    private final QueryCodes codes;
    private final Clock clock;
    private final TransactionTemplate tx;

    ApplicationDesk(ApplicationStore store, ApplicationForms forms, ApplicationFiles files, ServiceItems items,
                    Cases cases, AuditTrail audit, FieldCipher cipher, Clock clock,
                    PlatformTransactionManager transactions) {
        this.store = store;
        this.forms = forms;
        this.files = files;
        this.items = items;
        this.cases = cases;
        this.audit = audit;
        this.codes = ApplicationCodes.of(cipher);
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The number, when the code is its code; a malformed, unknown or wrong pair is one and the same empty answer. */
    public Optional<String> verify(String typedNumber, String typedCode) {
        String number = ApplicationCodes.typed(typedNumber).orElse("");
        String code = QueryCodes.typed(typedCode).orElse("");
        String hash = number.isEmpty() ? null : store.byNumber(number).map(ApplicationRecord::queryHash).orElse(null);
        return codes.matches(number, code, hash) ? Optional.of(number) : Optional.empty();
    }

    public Optional<ApplicantView> forApplicant(String number) {
        return store.byNumber(number).map(this::view);
    }

    private ApplicantView view(ApplicationRecord r) {
        List<HistoryLine> history = new ArrayList<>();
        for (CaseEvent e : cases.history(r.caseId())) {
            if (e.action() == CaseEvent.Action.OPENED || e.action() == CaseEvent.Action.MOVED) {
                ApplicationState s = ApplicationState.valueOf(e.toState());
                String note = e.action() == CaseEvent.Action.MOVED && NOTES_FOR_APPLICANT.contains(s) && e.note() != null
                        ? e.note() : "";
                history.add(HistoryLine.reached(e.at(), s, note));
            } else if (e.action() == CaseEvent.Action.RESUMED) {
                history.add(HistoryLine.resumed(e.at(), e.note() == null ? "" : e.note()));
            }
        }
        boolean correcting = r.state() == ApplicationState.CORRECTION;
        // the whole item (its materials and form) only while it asks for 补正: otherwise its name is all the page shows
        List<FormField> slots = correcting ? forms.form(items.byId(r.itemId()).orElseThrow()).fields().stream()
                .filter(FormField::attachment).map(ApplicationDesk::optional).toList() : List.of();
        boolean result = store.files(r.id()).stream().anyMatch(f -> ApplicationFile.RESULT.equals(f.slot()));
        return new ApplicantView(r.number(), items.nameOf(r.itemId()).orElseThrow(), r.state(), r.submittedAt(),
                r.state().phase() == org.zhengwu.cases.CasePhase.OPEN && !PAUSING.contains(r.state()) ? r.deadline() : null,
                history,
                PAUSING.contains(r.state()) ? r.correctionNote() : "", slots, result);
    }

    /** The applicant's answer to a 补正 request: a text, files, or both; refused with every problem named. */
    public void answerCorrection(String number, String text, Map<String, Upload> uploads) {
        ApplicationRecord r = store.byNumber(number).orElseThrow();
        if (r.state() != ApplicationState.CORRECTION) {
            throw new InvalidApplication(List.of(new Problem(null, "service.correction.not-asked")));
        }
        ServiceItem item = items.byId(r.itemId()).orElseThrow();
        List<FormField> slots = forms.form(item).fields().stream().filter(FormField::attachment)
                .map(ApplicationDesk::optional).toList();
        List<Problem> problems = new ArrayList<>();
        String answer = text == null ? "" : text.strip();
        if (answer.length() > MAX_ANSWER) {
            problems.add(new Problem("answer", "service.correction.too-long", MAX_ANSWER));
        }
        AnswerRules.check(slots, Map.of(), uploads, problems);
        Map<String, UploadFolder.Stored> stored = files.store(slots, uploads, problems);
        if (problems.isEmpty() && answer.isEmpty() && stored.isEmpty()) {
            problems.add(new Problem("answer", "service.correction.empty"));
        }
        if (!problems.isEmpty()) {
            files.delete(stored);
            throw new InvalidApplication(problems);
        }
        try {
            tx.executeWithoutResult(s -> {
                ApplicationState to = ApplicationFlow.next(r.state(), ApplicationFlow.Step.ANSWER, r.correctionFrom());
                int round = store.files(r.id()).stream().mapToInt(ApplicationFile::round).max().orElse(0) + 1;
                String note = answer.isEmpty() ? "已补正材料" : answer;
                cases.resumeTrusted(r.caseId(), "申请人已补正"); // 要求补正 paused the clock
                CaseView c = cases.move(r.caseId(), CaseStep.to(to.name(), note));
                stored.forEach((slot, f) -> store.insertFile(r.id(), slot, round, f));
                store.mirror(r.id(), to, c.ownerUnitId(), c.deadline(), null, null, OffsetDateTime.now(clock));
                audit.record(AuditEvent.of("services.application.correction", "application", number, r.unitId(),
                        "补正材料 " + stored.size() + " 个"));
            });
        } catch (RuntimeException | Error e) {
            files.delete(stored);
            throw e;
        }
    }

    private static FormField optional(FormField f) {
        return new FormField(f.key(), f.label(), f.type(), false, f.help(), f.options(), f.fileTypes(), f.maxMegabytes());
    }
}
