package org.zhengwu.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.petitions.PetitionParticulars;
import org.zhengwu.petitions.RepeatCandidate;
import org.zhengwu.petitions.RepeatPetitions;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;

/**
 * Reads petitions for the console: the list of those the person may see (no personal data), and one petition with
 * its petitioners decrypted for those who may see it — every such view written to the audit log — its case, history,
 * notices, key case and the possible repeats repeat detection finds.
 */
@Service
public class PetitionReading {

    static final int CANDIDATES = 5;

    /** A petitioner as shown: plain text. */
    public record Person(String name, String idNumber, String phone, String address) {
    }

    /** The page of one petition. */
    public record Dossier(PetitionRecord petition, CaseView caseView, List<CaseEvent> history, List<Person> people,
                          List<PetitionRecord.Notice> notices, Optional<KeyCase> keyCase, List<KeyCase.Action> actions,
                          List<KeyCase.Report> reports, List<Candidate> repeats, Optional<String> repeatOf,
                          boolean overdue, List<PetitionRecord.Attachment> attachments) {
    }

    /** A possible repeat with the earlier petition's reference. */
    public record Candidate(String reference, RepeatCandidate found) {
    }

    private final PetitionStore store;
    private final KeyCaseStore keys;
    private final Cases cases;
    private final PetitionAccess access;
    private final PetitionSteps steps;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final UnitScope scope;
    private final RepeatPetitions repeats;
    private final PetitionFiles files;
    private final Clock clock;

    PetitionReading(PetitionStore store, KeyCaseStore keys, Cases cases, PetitionAccess access, PetitionSteps steps,
                    FieldCipher cipher, AuditTrail audit, UnitScope scope, RepeatPetitions repeats,
                    PetitionFiles files, Clock clock) {
        this.files = files;
        this.store = store;
        this.keys = keys;
        this.cases = cases;
        this.access = access;
        this.steps = steps;
        this.cipher = cipher;
        this.audit = audit;
        this.scope = scope;
        this.repeats = repeats;
        this.clock = clock;
    }

    /** The petitions the person may see, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PetitionRecord> list(int limit) {
        StaffPrincipal p = scope.staff();
        if (!PetitionAccess.ROLES.contains(p.role())) {
            throw new org.springframework.security.access.AccessDeniedException("role " + p.role());
        }
        Set<Long> units = p.role() == StaffRole.PETITION_OFFICER || p.role() == StaffRole.SUPERVISOR ? null
                : p.unitId() == null ? Set.of() : Set.of(p.unitId());
        return store.list(units, limit);
    }

    /** One petition for the signed-in person: 404 if there is none, 403 (audited) if not theirs to see. */
    @Transactional
    public Dossier dossier(String reference) {
        PetitionRecord p = store.byReference(PetitionForm.text(reference))
                .orElseThrow(() -> new NotFound("petitions.not-found", String.valueOf(reference)));
        access.requireSee(p.reference(), steps.units(p));
        List<Person> people = store.people(p.id()).stream().map(x -> new Person(cipher.decrypt(x.name()),
                decrypt(x.idNumber()), decrypt(x.phone()), decrypt(x.address()))).toList();
        audit.record(AuditEvent.of("petitions.personal-data.view", "petition", p.reference(), p.unitId(),
                people.size() + " petitioner(s) shown"));
        CaseView c = cases.find(p.caseId()).orElseThrow();
        Optional<KeyCase> key = keys.find(p.id());
        return new Dossier(p, c, cases.history(p.caseId()), people, store.notices(p.id()), key,
                key.map(k -> keys.actions(p.id())).orElse(List.of()), key.map(k -> keys.reports(p.id())).orElse(List.of()),
                candidates(p, people, c), Optional.ofNullable(p.repeatOfId()).flatMap(store::byId)
                .map(PetitionRecord::reference), c.overdueOn(LocalDate.now(clock)) || p.answeredLate(),
                store.attachments(p.id()));
    }

    /** An attachment of a petition the person may see, with the file it is in. */
    @Transactional(readOnly = true)
    public Optional<File> attachment(String reference, int seqNo) {
        PetitionRecord p = store.byReference(PetitionForm.text(reference))
                .orElseThrow(() -> new NotFound("petitions.not-found", String.valueOf(reference)));
        access.requireSee(p.reference(), steps.units(p));
        return store.attachments(p.id()).stream().filter(a -> a.seqNo() == seqNo).findFirst()
                .flatMap(a -> files.resolve(a.storedName()).map(path -> new File(a, path)));
    }

    /** An attachment and where its bytes are. */
    public record File(PetitionRecord.Attachment attachment, java.nio.file.Path path) {
    }

    private List<Candidate> candidates(PetitionRecord p, List<Person> people, CaseView c) {
        if (p.repeatOfId() != null) {
            return List.of();
        }
        PetitionParticulars mine = RepeatUpdates.particulars(p, people.stream().map(Person::name).toList(),
                people.stream().map(Person::idNumber).filter(java.util.Objects::nonNull).toList(),
                c.phase() != org.zhengwu.cases.CasePhase.CLOSED);
        return repeats.candidates(mine, CANDIDATES).stream()
                .flatMap(x -> store.byId(x.petitionId()).map(e -> new Candidate(e.reference(), x)).stream())
                .toList();
    }

    private String decrypt(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
