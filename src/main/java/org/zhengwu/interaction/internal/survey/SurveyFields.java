package org.zhengwu.interaction.internal.survey;

import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.zhengwu.content.PublishTime;
import org.zhengwu.platform.RuleViolation;

/**
 * A survey's own fields, checked: what the administrator typed, turned into what is stored, or the first rule it
 * breaks. The rich texts are sanitized here. A survey has no draft; a solicitation needs the draft's text or a link
 * to the document.
 */
public record SurveyFields(SurveyKind kind, String title, String introduction, String draftText, String draftLink,
                    OffsetDateTime opensAt, OffsetDateTime closesAt) {

    static final int MAX_TITLE = 200;
    static final int MAX_INTRODUCTION = 20_000;
    static final int MAX_DRAFT = 200_000;
    static final int MAX_FEEDBACK = 50_000;
    static final int MAX_LINK = 500;
    /** A path on this site or an address on the web; no spaces, quotes or angle brackets. */
    private static final Pattern LINK = Pattern.compile("(?i)(https?://[^\\s\"'<>/]+|/(?!/))[^\\s\"'<>]*");

    /** The form as typed. */
    public record Input(String kind, String title, String introduction, String draftText, String draftLink, String opensAt,
                 String closesAt) {

        static Input empty(String kind) {
            return new Input(kind, "", "", "", "", "", "");
        }
    }

    static SurveyFields check(Input in, UnaryOperator<String> sanitizer) {
        SurveyKind kind = SurveyKind.parse(in.kind());
        String title = in.title() == null ? "" : in.title().strip();
        if (title.isEmpty()) {
            throw new RuleViolation("survey.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new RuleViolation("survey.title.too-long", MAX_TITLE);
        }
        String introduction = RichText.of(in.introduction(), sanitizer);
        if (introduction.isEmpty()) {
            throw new RuleViolation("survey.introduction.required");
        }
        if (introduction.length() > MAX_INTRODUCTION) {
            throw new RuleViolation("survey.introduction.too-long", MAX_INTRODUCTION);
        }
        String draftText = null;
        String draftLink = null;
        if (kind == SurveyKind.SOLICITATION) {
            draftText = RichText.of(in.draftText(), sanitizer);
            if (draftText.length() > MAX_DRAFT) {
                throw new RuleViolation("survey.draft.too-long", MAX_DRAFT);
            }
            draftLink = in.draftLink() == null ? "" : in.draftLink().strip();
            if (!draftLink.isEmpty() && (draftLink.length() > MAX_LINK || !LINK.matcher(draftLink).matches())) {
                throw new RuleViolation("survey.draft-link.invalid");
            }
            if (draftText.isEmpty() && draftLink.isEmpty()) {
                throw new RuleViolation("survey.draft.required");
            }
            draftText = draftText.isEmpty() ? null : draftText;
            draftLink = draftLink.isEmpty() ? null : draftLink;
        }
        OffsetDateTime opens = time(in.opensAt(), "survey.opens");
        OffsetDateTime closes = time(in.closesAt(), "survey.closes");
        if (!closes.isAfter(opens)) {
            throw new RuleViolation("survey.closes.before-opens");
        }
        return new SurveyFields(kind, title, introduction, draftText, draftLink, opens, closes);
    }

    /** The feedback on the opinions (rich text); required for a solicitation, optional for a survey. */
    static String feedback(SurveyKind kind, String input, UnaryOperator<String> sanitizer) {
        String html = RichText.of(input, sanitizer);
        if (html.isEmpty() && kind == SurveyKind.SOLICITATION) {
            throw new RuleViolation("survey.feedback.required");
        }
        if (html.length() > MAX_FEEDBACK) {
            throw new RuleViolation("survey.feedback.too-long", MAX_FEEDBACK);
        }
        return html.isEmpty() ? null : html;
    }

    private static OffsetDateTime time(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new RuleViolation(field + ".required");
        }
        return PublishTime.parse(t).orElseThrow(() -> new RuleViolation(field + ".invalid", t));
    }
}
