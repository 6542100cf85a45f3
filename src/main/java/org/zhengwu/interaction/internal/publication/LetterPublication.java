package org.zhengwu.interaction.internal.publication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.internal.LetterAccess;
import org.zhengwu.interaction.internal.LetterAccess.Action;
import org.zhengwu.interaction.internal.LetterDossier;
import org.zhengwu.interaction.internal.LetterReading;
import org.zhengwu.interaction.internal.LetterRecord;
import org.zhengwu.interaction.internal.LetterRules;
import org.zhengwu.interaction.internal.SentAnswer;
import org.zhengwu.interaction.internal.TrackingNumbers;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;

/**
 * The publication step (公开审核), right after the answer is sent: for a letter its writer marked public, the unit's
 * leader (单位审核人, who approved the answer) sees the redaction proposal beside the original, may edit the redacted
 * texts, and decides 公开 (the confirmed texts go on the portal) or 不公开 with a reason. It does not wait for the
 * writer's rating: the answer is final once sent, and a rating may never come. A reopened letter leaves the portal
 * until its new answer is sent and decided on again. Every decision is audited, every refusal too.
 */
@Service
public class LetterPublication {

    static final int MAX_REASON = 500;

    private final LetterReading reading;
    private final LetterAccess access;
    private final PublicationStore store;
    private final AuditTrail audit;
    private final UnitScope scope;
    private final Clock clock;

    LetterPublication(LetterReading reading, LetterAccess access, PublicationStore store, AuditTrail audit,
                      UnitScope scope, Clock clock) {
        this.reading = reading;
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    /** The letters of the signed-in leader's unit waiting for the decision (none for any other role). */
    @Transactional(readOnly = true)
    public List<PublicationViews.Waiting> waiting() {
        StaffPrincipal me = access.requireLetterRole();
        if (!LetterAccess.allows(me.role(), me.unitId(), me.unitId(), Action.PUBLISH) || me.unitId() == null) {
            return List.of();
        }
        return store.waiting(me.unitId());
    }

    /** How many letters wait for this leader's decision on publication (none for any other role). */
    @Transactional(readOnly = true)
    public long waitingCount(StaffPrincipal me) {
        if (!LetterAccess.allows(me.role(), me.unitId(), me.unitId(), Action.PUBLISH) || me.unitId() == null) {
            return 0;
        }
        return store.waiting(me.unitId()).size();
    }

    /** The proposal: the original texts, the redacted ones with their masks, and the decision taken so far. */
    @Transactional
    public PublicationViews.Proposal proposal(String trackingNumber) {
        access.require(letter(trackingNumber), Action.PUBLISH);
        LetterDossier d = reading.forStaff(trackingNumber);
        SentAnswer answer = publishable(d);
        String writer = d.writer() == null ? null : d.writer().name();
        Optional<PublicationStore.Decision> decision = store.decision(d.letter().id());
        return new PublicationViews.Proposal(d, answer,
                PublicationViews.marked(Redaction.redact(d.letter().subject(), writer)),
                PublicationViews.marked(Redaction.redact(d.letter().body(), writer)),
                PublicationViews.marked(Redaction.redact(answer.answer(), writer)),
                decision.map(x -> x.decision().name()).orElse(null), decision.map(PublicationStore.Decision::reason).orElse(null),
                decision.map(PublicationStore.Decision::decidedBy).orElse(null),
                decision.map(PublicationStore.Decision::decidedAt).orElse(null),
                decision.map(x -> x.answerRound() < answer.round()).orElse(false),
                store.confirmed(d.letter().id()).orElse(null));
    }

    /** 公开: the confirmed texts as the leader leaves them (plain text) go on the portal. */
    @Transactional
    public void publish(String trackingNumber, String subject, String body, String answer) {
        LetterDossier d = locked(trackingNumber);
        SentAnswer sent = publishable(d);
        Texts texts = new Texts(subjectLine(subject),
                LetterRules.staffText(body, LetterRules.MAX_TEXT, "interaction.publication.body"),
                LetterRules.staffText(answer, LetterRules.MAX_ANSWER, "interaction.publication.answer"));
        PersonalTraces.refuseWriterData(texts, d.writer());
        store.decide(d.letter().id(), PublicationDecision.PUBLISHED, sent.round(), sent.unitId(), sent.answeredAt(),
                texts, null, me(), now());
        record("interaction.letter.publish", d.letter(), "第 " + sent.round() + " 次答复，公开");
    }

    /** 不公开, with the reason; nothing of the letter is kept for the portal. */
    @Transactional
    public void withhold(String trackingNumber, String reason) {
        LetterDossier d = locked(trackingNumber);
        SentAnswer sent = publishable(d);
        String why = LetterRules.staffText(reason, MAX_REASON, "interaction.publication.reason");
        store.decide(d.letter().id(), PublicationDecision.WITHHELD, sent.round(), sent.unitId(), sent.answeredAt(),
                null, why, me(), now());
        record("interaction.letter.withhold", d.letter(), why);
    }

    /** The letter locked for the decision, when the signed-in person may take it (else a 403, audited). */
    private LetterDossier locked(String trackingNumber) {
        store.lock(letter(trackingNumber).id());
        access.require(letter(trackingNumber), Action.PUBLISH);
        return reading.forStaff(trackingNumber);
    }

    /** The letter's row only, for deciding who may act on it (its writer's data stays encrypted). */
    private LetterRecord letter(String trackingNumber) {
        return TrackingNumbers.trackingNumber(trackingNumber).flatMap(reading::forWriter).map(LetterDossier::letter)
                .orElseThrow(() -> new NotFound("interaction.letter.not-found", String.valueOf(trackingNumber)));
    }

    /** The answer to publish with: only an answered letter whose writer agreed. */
    private static SentAnswer publishable(LetterDossier d) {
        LetterRecord l = d.letter();
        if (!l.publicWish()) {
            throw new RuleViolation("interaction.publication.private");
        }
        if (l.state() != LetterState.ANSWERED || d.answers().isEmpty()) {
            throw new RuleViolation("interaction.publication.not-answered");
        }
        return d.answers().get(d.answers().size() - 1);
    }

    private static String subjectLine(String typed) {
        String s = LetterRules.staffText(typed, LetterRules.MAX_SUBJECT, "interaction.publication.subject");
        if (s.contains("\n")) {
            throw new RuleViolation("interaction.publication.subject.line");
        }
        return s;
    }

    private void record(String action, LetterRecord l, String detail) {
        audit.record(AuditEvent.of(action, "letter", l.trackingNumber(), l.unitId(), detail));
    }

    private String me() {
        return scope.current().map(StaffPrincipal::displayName).orElse("系统");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
