package org.zhengwu.interaction.internal.web;

import org.zhengwu.platform.web.FormProblems;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.internal.CitizenDesk;
import org.zhengwu.interaction.internal.LetterDossier;
import org.zhengwu.interaction.internal.LetterFlow;
import org.zhengwu.interaction.internal.LetterRating;
import org.zhengwu.interaction.internal.SentAnswer;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The writer's view of their letter. The history is told in public words and only its public steps: received, given
 * to a unit, transferred, sent back for assignment, answered, refused, reopened, the time limit extended. Who in a
 * unit did what, internal returns of a draft and their reasons stay in the console.
 */
@Component
class ProgressPage {

    private final SiteDirectory sites;
    private final FormGuard guard;

    ProgressPage(SiteDirectory sites, FormGuard guard) {
        this.sites = sites;
        this.guard = guard;
    }

    /** The purpose of the rating form's token: it proves its holder was shown this letter. */
    static String ratingPurpose(String number) {
        return "rating:" + number;
    }

    /** {@code sentRating} and {@code sentComment} are what a refused rating sent (null on a fresh page). */
    HallViews.Progress view(HallText t, LetterDossier d, String notice, FormProblems problems, String sentRating,
                            String sentComment) {
        var l = d.letter();
        List<HallViews.Answer> answers = new ArrayList<>();
        for (SentAnswer a : d.answers()) {
            LetterRating r = d.ratingOf(a.round()).orElse(null);
            answers.add(new HallViews.Answer(a.round(), t.s(unitName(a.unitId())), a.answeredAt(), a.answer(),
                    r == null ? null : "interaction.rating." + r.rating().name(), r == null ? null : r.comment()));
        }
        boolean mayRate = d.awaitsRating();
        return new HallViews.Progress(l.trackingNumber(), t.s(d.mailbox().name()), l.subject(), l.body(),
                d.attachments().stream().map(a -> a.fileName()).toList(), l.submittedAt(), l.state().labelKey(),
                l.unitId() == null ? null : t.s(unitName(l.unitId())),
                l.state().phase() == CasePhase.OPEN ? d.caseView().deadline() : null, steps(t, d.history()), answers,
                l.refusalKind() == null ? null : "interaction.refusal." + l.refusalKind().name(), l.refusalReason(),
                mayRate, mayRate && LetterFlow.allows(LetterState.ANSWERED, LetterFlow.Step.REOPEN, l.reopened()),
                notice, problems, CitizenDesk.MAX_COMMENT, guard.issue(ratingPurpose(l.trackingNumber())), sentRating,
                sentComment);
    }

    private List<HallViews.ProgressStep> steps(HallText t, List<CaseEvent> history) {
        List<HallViews.ProgressStep> out = new ArrayList<>();
        for (CaseEvent e : history) {
            String text = switch (e.action()) {
                case OPENED -> t.t("interaction.progress.received");
                case ASSIGNED -> t.t("interaction.progress.assigned", t.s(unitName(e.toUnitId())));
                case TRANSFERRED -> t.t("interaction.progress.transferred", t.s(unitName(e.toUnitId())));
                case RETURNED -> t.t("interaction.progress.returned");
                case REOPENED -> t.t("interaction.progress.reopened", String.valueOf(e.deadline()));
                case EXTENSION_APPROVED -> t.t("interaction.progress.extended", String.valueOf(e.deadline()));
                case MOVED -> moved(t, e.toState());
                default -> null;
            };
            if (text != null) {
                out.add(new HallViews.ProgressStep(e.at(), text));
            }
        }
        return out;
    }

    private static String moved(HallText t, String toState) {
        if (LetterState.ANSWERED.name().equals(toState)) {
            return t.t("interaction.progress.answered");
        }
        return LetterState.REFUSED.name().equals(toState) ? t.t("interaction.progress.refused") : null;
    }

    private String unitName(Long unitId) {
        return unitId == null ? "" : sites.unit(unitId).map(Unit::name).orElse("");
    }
}
