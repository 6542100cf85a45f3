package org.zhengwu.supervision.internal.inspection.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.LetterSummary;
import org.zhengwu.interaction.Letters;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.inspection.Tally;

/**
 * 互动回应差: letters not answered within 3 months of coming in, counted against the site of the unit they are
 * with (a letter still with the dispatcher against the portal).
 */
@Component
class LettersUnanswered implements IndicatorMeasure {

    private final Letters letters;
    private final Tally tally;

    LettersUnanswered(Letters letters, Tally tally) {
        this.letters = letters;
        this.tally = tally;
    }

    @Override
    public Indicator indicator() {
        return Indicator.LETTERS_UNANSWERED;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        int days = context.letterAnswerDays();
        LocalDate lastDay = context.today().minusDays(days).plusDays(context.warningDays());
        List<Tally.Pending> found = new ArrayList<>();
        for (LetterSummary l : letters.unansweredSubmittedBy(lastDay)) {
            boolean ours = l.unitId() == null ? site.portal() : l.unitId() == site.unitId();
            if (ours) {
                LocalDate in = l.submittedAt().atZoneSameInstant(InspectionContext.CHINA).toLocalDate();
                found.add(new Tally.Pending(new Offender(l.trackingNumber(),
                        tally.t("inspection.letter.detail", in.toString(), days, in.plusDays(days).toString()),
                        "/admin/letters/" + l.trackingNumber()), in.plusDays(days)));
            }
        }
        return tally.count(indicator(), site, context, found);
    }
}
