package org.zhengwu.interaction.internal.survey;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A survey or solicitation as stored, without its questions. {@code introduction}, {@code draftText} and
 * {@code feedback} are sanitized HTML; {@code draftText}, {@code draftLink} and {@code feedback} may be null.
 */
public record Survey(long id, SurveyKind kind, String title, String introduction, String draftText, String draftLink,
              OffsetDateTime opensAt, OffsetDateTime closesAt, SurveyState state, String feedback,
              OffsetDateTime createdAt, OffsetDateTime resultsAt) {

    /** Where a survey stands for the public at a moment, which the stored state alone does not tell. */
    public enum Phase {
        /** Published, but its opening time has not come. */
        NOT_STARTED,
        /** Taking answers. */
        TAKING_ANSWERS,
        /** Closed early, or past its closing time; results not yet published. */
        CLOSED,
        RESULTS_PUBLISHED
    }

    public Phase phase(Instant now) {
        return switch (state) {
            case DRAFT -> throw new IllegalStateException("a draft has no public phase");
            case RESULTS_PUBLISHED -> Phase.RESULTS_PUBLISHED;
            case CLOSED -> Phase.CLOSED;
            case OPEN -> now.isBefore(opensAt.toInstant()) ? Phase.NOT_STARTED
                    : now.isBefore(closesAt.toInstant()) ? Phase.TAKING_ANSWERS : Phase.CLOSED;
        };
    }

    /**
     * Why an answer given at {@code now} is refused (a message key), or null when the survey takes it: only an open
     * survey between its opening (inclusive) and closing time (exclusive).
     */
    String refusalAt(Instant now) {
        if (state == SurveyState.DRAFT) {
            return "survey.not-found";
        }
        return switch (phase(now)) {
            case TAKING_ANSWERS -> null;
            case NOT_STARTED -> "survey.answer.not-started";
            case CLOSED, RESULTS_PUBLISHED -> "survey.answer.closed";
        };
    }

    boolean pastClosing(Instant now) {
        return !now.isBefore(closesAt.toInstant());
    }

    public boolean solicitation() {
        return kind == SurveyKind.SOLICITATION;
    }
}
