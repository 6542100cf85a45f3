package org.zhengwu.services.internal.application;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.platform.ApplicationClock;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.crypto.QueryCodes;
import org.zhengwu.platform.storage.GroupCommit;
import org.zhengwu.platform.storage.UploadFolder;
import org.zhengwu.services.ServiceItem;

/**
 * Takes in an application: checks every field, stores the files and encrypts the answers in the caller's thread, then
 * in one transaction draws its number, opens its case (type {@code application}, the item's unit, the promised limit
 * in working days) and writes the row (the answers encrypted, the query code as a keyed hash) and its files. The
 * transaction is shared with the applications that arrived at the same moment ({@link GroupCommit}, as letters do:
 * one commit per application was what limited the public form's rate). The receipt is returned only after the commit;
 * on any refusal or failure the files stored for it are removed and nothing else was written. The rows are written
 * at the applicant's moment, also when that moment is replayed ({@link ApplicationClock#asOf}, the demo's history).
 */
@Service
public class ApplicationIntake {

    public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");

    /** The most applications in one commit; at 200 a second a group holds a few dozen. */
    private static final int GROUP = 256;

    private final ApplicationForms forms;
    private final ApplicationStore store;
    private final ApplicationFiles files;
    private final QueryCodes codes;
    private final FieldCipher cipher;
    private final Cases cases;
    private final AuditTrail audit;
    private final ApplicationClock clock;
    private final GroupCommit<Accepted, Receipt> commits;

    ApplicationIntake(ApplicationForms forms, ApplicationStore store, ApplicationFiles files, FieldCipher cipher,
                      Cases cases, AuditTrail audit, ApplicationClock clock, PlatformTransactionManager transactions) {
        this.forms = forms;
        this.store = store;
        this.files = files;
        this.codes = ApplicationCodes.of(cipher);
        this.cipher = cipher;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.commits = new GroupCommit<>("application-writer", transactions, GROUP,
                a -> clock.asOf(a.at(), () -> write(a.item(), a.sealed(), a.stored())));
    }

    /**
     * @param typed every submitted text parameter that is not the form guard's (unknown keys are refused)
     * @param uploads the files by field key
     */
    public Receipt submit(String itemCode, Map<String, String> typed, Map<String, Upload> uploads) {
        return submit(forms.open(itemCode)
                .orElseThrow(() -> new InvalidApplication(List.of(new Problem(null, "service.apply.item.closed")))),
                typed, uploads);
    }

    /** The same for a form the caller has just opened ({@link ApplicationForms#open}: an item taking applications). */
    public Receipt submit(ApplicationForm form, Map<String, String> typed, Map<String, Upload> uploads) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> answers = AnswerRules.check(form.fields(), typed, uploads, problems);
        Map<String, UploadFolder.Stored> stored = files.store(form.fields(), uploads, problems);
        if (!problems.isEmpty()) {
            files.delete(stored);
            throw new InvalidApplication(problems);
        }
        String sealed = Answers.seal(cipher, answers);
        try {
            return commits.submit(new Accepted(form.item(), sealed, stored, clock.instant()));
        } catch (RuntimeException | Error e) {
            files.delete(stored);
            throw e;
        }
    }

    private Receipt write(ServiceItem item, String sealed, Map<String, UploadFolder.Stored> stored) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(CHINA_ZONE).toLocalDate();
        String number = ApplicationCodes.number(today, store.ticket(today));
        String code = QueryCodes.newCode();
        Integer promised = item.guide().promisedDays();
        long caseId = cases.open(new NewCase(ApplicationType.CODE, number, item.name(), item.code(), item.unitId(),
                Math.max(1, promised == null ? 1 : promised)));
        CaseView c = cases.find(caseId).orElseThrow();
        long id = store.insert(number, codes.hash(number, code), item.id(), caseId, item.unitId(),
                ApplicationState.valueOf(c.state()), c.deadline(), sealed, now);
        int position = 0;
        for (Map.Entry<String, UploadFolder.Stored> f : stored.entrySet()) {
            store.insertFile(id, ++position, f.getKey(), 0, f.getValue()); // a new application's files: 1, 2, …
        }
        audit.record(AuditEvent.of("services.application.submit", "application", number, item.unitId(),
                "事项 " + item.code() + "，材料 " + stored.size() + " 个"));
        return new Receipt(number, code, item.name(), now);
    }

    @PreDestroy
    void close() {
        commits.close();
    }

    /** An application checked, its files stored and its answers sealed, at the moment the applicant sent it. */
    private record Accepted(ServiceItem item, String sealed, Map<String, UploadFolder.Stored> stored, Instant at) {
    }
}
