package org.zhengwu.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.interaction.HandedLetter;
import org.zhengwu.interaction.LetterHandover;
import org.zhengwu.petitions.PetitionParticulars;
import org.zhengwu.petitions.RepeatPetitions;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.storage.UploadFolder;
import org.zhengwu.sites.SiteDirectory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Registers a petition from any channel (来信, 来访, 来电, 上级转交 by the petition office's form; 网上信访 by taking over
 * a hall letter with one click): checks the form ({@link PetitionForm}), opens its case on the engine with the
 * handling unit and 15 calendar days to decide on acceptance, stores the petitioners' name, ID number, phone and
 * address encrypted, tells repeat detection, and audits — in one transaction, or nothing at all.
 */
@Service
public class PetitionRegistration {

    /** Where a taken-over letter's matter is, when the letter does not say: the petition office may correct it. */
    static final String PLACE_IN_LETTER = "见来信内容";
    static final String DEFAULT_CATEGORY = "OTHER";

    private final PetitionStore store;
    private final Cases cases;
    private final FieldCipher cipher;
    private final PetitionAccess access;
    private final AuditTrail audit;
    private final SiteDirectory sites;
    private final LetterHandover letters;
    private final RepeatPetitions repeats;
    private final PetitionFiles files;
    private final Clock clock;

    PetitionRegistration(PetitionStore store, Cases cases, FieldCipher cipher, PetitionAccess access, AuditTrail audit,
                         SiteDirectory sites, LetterHandover letters, RepeatPetitions repeats,
                         PetitionFiles files, Clock clock) {
        this.files = files;
        this.store = store;
        this.cases = cases;
        this.cipher = cipher;
        this.access = access;
        this.audit = audit;
        this.sites = sites;
        this.letters = letters;
        this.repeats = repeats;
        this.clock = clock;
    }

    /** The petition office's form; returns the new petition's reference. */
    @Transactional
    public String register(Map<String, String> form) {
        return register(form, List.of());
    }

    /**
     * The form with its attachments: the form is checked first, then the files (all kept or none); a file stored
     * for a petition that is not stored after all is removed again.
     */
    @Transactional
    public String register(Map<String, String> form, List<PetitionFiles.Upload> uploads) {
        access.requireRole(StaffRole.PETITION_OFFICER);
        NewPetition p = PetitionForm.read(form, store.categoryCodes(), id -> sites.unit(id).isPresent(), null);
        List<UploadFolder.Stored> stored = files.store(uploads);
        try {
            String reference = store(p);
            long id = store.byReference(reference).orElseThrow().id();
            int seq = 1;
            for (UploadFolder.Stored f : stored) {
                store.insertAttachment(id, new PetitionRecord.Attachment(seq++, f.fileName(), f.storedName(),
                        f.type().contentType(), f.size()));
            }
            if (!stored.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            files.delete(stored);
                        }
                    }
                });
            }
            return reference;
        } catch (RuntimeException e) {
            files.delete(stored);
            throw e;
        }
    }

    /**
     * Takes over a hall letter as an online petition (网上信访): the writer as the petitioner, subject and text as the
     * matter, the letter's unit as the handling unit (or the one given), category 其他. A letter already taken over
     * gives the petition made from it.
     */
    @Transactional
    public String fromLetter(String trackingNumber, Long unitId) {
        access.requireRole(StaffRole.PETITION_OFFICER, StaffRole.DISPATCHER);
        HandedLetter l = letters.handOver(trackingNumber)
                .orElseThrow(() -> InvalidPetition.of("letter", "petitions.error.letter.unknown"));
        var before = store.byLetter(l.trackingNumber());
        if (before.isPresent()) {
            return before.get().reference();
        }
        Long unit = unitId != null ? unitId : l.unitId();
        if (unit == null) {
            throw InvalidPetition.of("unitId", "petitions.error.letter.no-unit");
        }
        String matter = l.subject() + "\n" + l.body();
        Map<String, String> form = Map.of("category", DEFAULT_CATEGORY,
                "matter", matter.length() > PetitionForm.MAX_MATTER ? matter.substring(0, PetitionForm.MAX_MATTER)
                        : matter,
                "place", PLACE_IN_LETTER, "unitId", String.valueOf(unit), "name1", l.writerName(),
                "phone1", l.writerPhone() == null ? "" : l.writerPhone());
        return store(PetitionForm.read(form, store.categoryCodes(), id -> sites.unit(id).isPresent(),
                l.trackingNumber()));
    }

    private String store(NewPetition p) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String reference = nextReference(now.toLocalDate());
        // the engine's ledgers and pages reach further than the petition's own (the hall's dispatcher, the
        // administrators): its subject names the category only, never the matter or a person
        String subject = "信访件（" + store.categoryNames().getOrDefault(p.category(), p.category()) + "）";
        long caseId = cases.open(new NewCase(PetitionFlow.TYPE, reference, subject, p.category(), p.unitId(),
                PetitionFlow.DECIDE.days(), PetitionFlow.DECIDE.calendarDays()));
        CaseView c = cases.find(caseId).orElseThrow();
        long id = store.insert(reference, caseId, p, now, c.deadline(), access.actorName());
        int seq = 1;
        for (NewPetition.Petitioner x : p.petitioners()) {
            store.insertPerson(id, new PetitionRecord.Person(seq++, cipher.encrypt(x.name()), encrypt(x.idNumber()),
                    encrypt(x.phone()), encrypt(x.address())));
        }
        repeats.remember(particulars(id, p));
        audit.record(AuditEvent.of("petitions.register", "petition", reference, p.unitId(),
                p.channel() + (p.letter() != null ? " from letter " + p.letter() : "")
                        + (p.transferNumber() != null ? " transfer " + p.transferNumber() : "")
                        + "; " + p.count() + " petitioner(s)" + (p.collective() ? " 集体访" : "")
                        + (p.skippingLevels() ? " 越级" : "")));
        return reference;
    }

    private String nextReference(LocalDate today) {
        long n = store.countRegisteredIn(today.getYear());
        String reference;
        do {
            n++;
            reference = String.format("XF%d%06d", today.getYear(), n);
        } while (store.referenceTaken(reference));
        return reference;
    }

    private String encrypt(String plain) {
        return plain == null ? null : cipher.encrypt(plain);
    }

    static String firstLine(String matter) {
        String line = matter.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    /** The names, ID numbers, place and matter as repeat detection compares them. */
    private static PetitionParticulars particulars(long id, NewPetition p) {
        List<String> ids = p.petitioners().stream().map(NewPetition.Petitioner::idNumber)
                .filter(java.util.Objects::nonNull).toList();
        return new PetitionParticulars(id, p.petitioners().stream().map(NewPetition.Petitioner::name).toList(), ids,
                p.place(), p.matter(), true);
    }
}
