package org.zhengwu.services.internal.web;

import java.util.Map;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.services.internal.application.ApplicantView;
import org.zhengwu.services.internal.application.ApplicationForm;
import org.zhengwu.services.internal.application.Receipt;
import org.zhengwu.services.internal.rating.ApplicationRatings;

/** What the hall's application pages show. */
public final class ApplyViews {

    private ApplyViews() {
    }

    /** The application form with what was typed (kept on a refusal) and the problems. */
    public record Apply(ApplicationForm form, String unitName, Map<String, String> values, FormProblems problems,
                        String token) {

        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /** The receipt, shown once; null when it has been shown already. */
    public record Done(Receipt receipt) {
    }

    public record Query(String number, String message) {
    }

    /**
     * The applicant's progress page, with the 补正 form while one is asked for, and after 办结 the rating form (or
     * the rating given).
     */
    public record Progress(ApplicantView application, String notice, FormProblems problems, String answer,
                           Rating rating) {
    }

    /**
     * 好差评 on the progress page: {@code open} while it may be given, {@code given} once it has been (else null),
     * and what was chosen and typed (kept on a refusal).
     */
    public record Rating(boolean open, ApplicationRatings.Given given, String level, String reason) {
    }
}
