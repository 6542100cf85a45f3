package org.zhengwu.interaction.internal;

import org.zhengwu.platform.crypto.QueryCodes;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.interaction.InvalidLetter;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.LetterSubmitted;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.storage.GroupCommit;

/**
 * Takes in a letter: checks everything, stores the attachments, the letter (personal data encrypted, the query code
 * as a keyed hash) and opens its case, routed to the mailbox's unit if it has one. The rows of a letter are written in
 * one transaction, shared with the letters that arrived at the same moment ({@link GroupCommit}): when it commits the
 * letter is there, and the receipt is only handed out after that; when the letter cannot be written, the attachments
 * stored for it are removed again.
 */
@Service
public class LetterIntake {

    /** The most letters in one commit; at 500 a second a group holds a few dozen. */
    private static final int GROUP = 256;

    private final Mailboxes mailboxes;
    private final LetterStore store;
    private final LetterFiles files;
    private final QueryCodes queryCodes;
    private final FieldCipher cipher;
    private final Cases cases;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GroupCommit<Accepted, LetterReceipt> commits;

    LetterIntake(Mailboxes mailboxes, LetterStore store, LetterFiles files, QueryCodes queryCodes, FieldCipher cipher,
                 Cases cases, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                 PlatformTransactionManager transactionManager) {
        this.mailboxes = mailboxes;
        this.store = store;
        this.files = files;
        this.queryCodes = queryCodes;
        this.cipher = cipher;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.commits = new GroupCommit<>("letter-writer", transactionManager, GROUP, this::write);
    }

    /**
     * See {@link org.zhengwu.interaction.Letters#submit}. The checks and the attachments happen in the caller's thread;
     * the rows are written by the group commit, and the receipt comes back after their commit.
     */
    public LetterReceipt submit(NewLetter letter) {
        Accepted accepted = accept(letter);
        boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
        if (joined) {
            removeOnRollback(accepted.files());
        }
        try {
            return commits.submit(accepted);
        } catch (RuntimeException | Error e) {
            if (!joined) {
                files.delete(accepted.files());
            }
            throw e;
        }
    }

    /** Everything checked and the attachments stored, or nothing kept and every problem named. */
    private Accepted accept(NewLetter letter) {
        List<LetterProblem> problems = new ArrayList<>();
        Optional<Mailbox> mailbox = mailboxes.byCode(letter.mailboxCode()).filter(Mailbox::enabled);
        if (mailbox.isEmpty()) {
            problems.add(LetterRules.problem("mailbox", "interaction.letter.mailbox.unknown"));
        }
        LetterRules.Checked in = LetterRules.check(letter, problems);
        List<LetterFiles.Stored> stored = files.store(letter.files(), problems);
        if (!problems.isEmpty()) {
            files.delete(stored);
            throw new InvalidLetter(problems);
        }
        // encrypted here, in the writer's own request thread: the one thread that writes the rows only writes
        return new Accepted(mailbox.get(), in, letter.publicWish(), stored,
                new Writer(cipher.encrypt(in.name()), cipher.encrypt(in.phone()), cipher.encrypt(in.email())));
    }

    /** Writes the accepted letter in the current transaction: its case, its row, its attachments, its audit record. */
    private LetterReceipt write(Accepted a) {
        Mailbox box = a.mailbox();
        LetterRules.Checked in = a.letter();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String number = newTrackingNumber(now.atZoneSameInstant(LetterStore.CHINA).toLocalDate());
        String code = TrackingNumbers.newQueryCode();
        long caseId = cases.open(new NewCase(LetterType.CODE, number, in.subject(), box.code(), box.defaultUnitId(),
                box.answerDays()));
        long id = store.insert(number, queryCodes.hash(number, code), box.id(), caseId, in.subject(), in.text(),
                a.publicWish(), a.writer().name(), a.writer().phone(), a.writer().email(), now);
        for (int i = 0; i < a.files().size(); i++) {
            store.insertAttachment(id, i + 1, a.files().get(i));
        }
        CaseView c = cases.find(caseId).orElseThrow();
        store.mirror(id, LetterState.valueOf(c.state()), c.ownerUnitId(), c.deadline(), now);
        audit.record(AuditEvent.of("interaction.letter.submit", "letter", number, c.ownerUnitId(),
                "信箱 " + box.code() + "，附件 " + a.files().size() + " 个" + (a.publicWish() ? "，同意公开" : "，不公开")));
        events.publishEvent(new LetterSubmitted(number, box.code(), c.ownerUnitId()));
        return new LetterReceipt(number, code, box.code(), box.name(), now);
    }

    @PreDestroy
    void close() {
        commits.close();
    }

    private record Accepted(Mailbox mailbox, LetterRules.Checked letter, boolean publicWish,
                            List<LetterFiles.Stored> files, Writer writer) {
    }

    /** The writer's name, phone and e-mail, encrypted. */
    private record Writer(String name, String phone, String email) {
    }

    /** A number no letter has; a clash is about one in 10^11 a day, so a second draw always does. */
    private String newTrackingNumber(LocalDate day) {
        String number = TrackingNumbers.newTrackingNumber(day);
        while (store.byTrackingNumber(number).isPresent()) {
            number = TrackingNumbers.newTrackingNumber(day);
        }
        return number;
    }

    private void removeOnRollback(List<LetterFiles.Stored> stored) {
        if (stored.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    files.delete(stored);
                }
            }
        });
    }
}
