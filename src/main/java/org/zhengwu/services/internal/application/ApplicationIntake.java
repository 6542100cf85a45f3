package org.zhengwu.services.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.crypto.QueryCodes;
import org.zhengwu.platform.storage.UploadFolder;
import org.zhengwu.services.ServiceItem;

/**
 * Takes in an application: checks every field, stores the files, then in one transaction draws its number, opens its
 * case (type {@code application}, the item's unit, the promised limit in working days) and writes the row (the
 * answers encrypted, the query code as a keyed hash) and its files. The receipt is returned only after the commit;
 * on any refusal or failure the files stored for it are removed and nothing else was written.
 */
@Service
public class ApplicationIntake {

    public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");

    private final ApplicationForms forms;
    private final ApplicationStore store;
    private final ApplicationFiles files;
    private final QueryCodes codes;
    private final FieldCipher cipher;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    ApplicationIntake(ApplicationForms forms, ApplicationStore store, ApplicationFiles files, FieldCipher cipher,
                      Cases cases, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.forms = forms;
        this.store = store;
        this.files = files;
        this.codes = ApplicationCodes.of(cipher);
        this.cipher = cipher;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * @param typed every submitted text parameter that is not the form guard's (unknown keys are refused)
     * @param uploads the files by field key
     */
    public Receipt submit(String itemCode, Map<String, String> typed, Map<String, Upload> uploads) {
        ApplicationForm form = forms.open(itemCode)
                .orElseThrow(() -> new InvalidApplication(List.of(new Problem(null, "service.apply.item.closed"))));
        List<Problem> problems = new ArrayList<>();
        Map<String, String> answers = AnswerRules.check(form.fields(), typed, uploads, problems);
        Map<String, UploadFolder.Stored> stored = files.store(form.fields(), uploads, problems);
        if (!problems.isEmpty()) {
            files.delete(stored);
            throw new InvalidApplication(problems);
        }
        String sealed = Answers.seal(cipher, answers);
        try {
            return tx.execute(s -> write(form.item(), sealed, stored));
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
        stored.forEach((slot, f) -> store.insertFile(id, slot, 0, f));
        audit.record(AuditEvent.of("services.application.submit", "application", number, item.unitId(),
                "事项 " + item.code() + "，材料 " + stored.size() + " 个"));
        return new Receipt(number, code, item.name(), now);
    }
}
