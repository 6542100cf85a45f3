package org.zhengwu.checks.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhengwu.checks.CheckAttachment;
import org.zhengwu.checks.CheckReport;
import org.zhengwu.checks.CheckSubject;
import org.zhengwu.checks.ContentChecks;
import org.zhengwu.checks.Finding;
import org.zhengwu.checks.Finding.Field;
import org.zhengwu.checks.Finding.Kind;
import org.zhengwu.checks.Finding.Severity;
import org.zhengwu.checks.PlainText;

/**
 * Runs the checks field by field: words and personal data in the title and body, links and images in the body,
 * personal data in each attachment's text. The words are matched on the folded text (simplified, lower case), whose
 * offsets are those of the original, so every finding points at the text as written.
 */
@Service
class ContentChecker implements ContentChecks {

    private final WordIndex words;
    private final ScriptFolding folding;
    private final LinkChecks links;
    private final AttachmentTexts attachments;
    private final ChecksProperties properties;

    ContentChecker(WordIndex words, ScriptFolding folding, LinkChecks links, AttachmentTexts attachments,
                   ChecksProperties properties) {
        this.words = words;
        this.folding = folding;
        this.links = links;
        this.attachments = attachments;
        this.properties = properties;
    }

    @Override
    public CheckReport check(CheckSubject subject) {
        WordMatcher matcher = words.matcher();
        List<Finding> findings = new ArrayList<>();

        FieldText title = new FieldText(Field.TITLE, null, subject.title());
        findings.addAll(inText(title, matcher));

        PlainText body = PlainText.parse(subject.bodyHtml());
        FieldText bodyText = new FieldText(Field.BODY, null, body.text());
        List<Finding> inBody = new ArrayList<>(inText(bodyText, matcher));
        inBody.addAll(links.check(body, bodyText, subject.pageAddress()));
        inBody.sort(Comparator.comparingInt(Finding::start).thenComparingInt(f -> f.kind().ordinal()));
        findings.addAll(inBody);

        for (CheckAttachment a : subject.attachments()) {
            AttachmentTexts.Extracted extracted = attachments.read(a);
            FieldText text = new FieldText(Field.ATTACHMENT, a.fileName(), extracted.text() == null ? "" : extracted.text());
            if (extracted.problem() != null) {
                findings.add(text.finding(Kind.UNCHECKED_ATTACHMENT, Severity.WARNING, 0, 0, extracted.problem(),
                        List.of(a.fileName()), null));
            } else {
                findings.addAll(personalData(text));
            }
        }
        return new CheckReport(findings);
    }

    @Override
    public List<Finding> words(String text) {
        WordMatcher matcher = words.matcher();
        if (matcher.size() == 0 || text == null || text.isEmpty()) {
            return List.of();
        }
        FieldText field = new FieldText(Field.TITLE, null, text);
        List<Finding> found = new ArrayList<>();
        for (WordMatcher.Match m : matcher.find(folding.fold(text))) {
            found.add(word(field, m));
        }
        return found;
    }

    /** Words and personal data of one field, in text order. */
    private List<Finding> inText(FieldText field, WordMatcher matcher) {
        List<Finding> found = new ArrayList<>();
        String text = field.text();
        if (matcher.size() > 0 && !text.isEmpty()) {
            for (WordMatcher.Match m : matcher.find(folding.fold(text))) {
                found.add(word(field, m));
            }
        }
        found.addAll(personalData(field));
        found.sort(Comparator.comparingInt(Finding::start).thenComparingInt(f -> f.kind().ordinal()));
        return found;
    }

    private Finding word(FieldText field, WordMatcher.Match m) {
        String written = field.text().substring(m.start(), m.end());
        WordMatcher.Entry e = m.entry();
        return switch (e.kind()) {
            case BANNED -> field.finding(Kind.BANNED_WORD, Severity.BLOCKING, m.start(), m.end(), "checks.word.banned",
                    List.of(written), null);
            case SENSITIVE -> field.finding(Kind.SENSITIVE_WORD, properties.sensitiveSeverity(), m.start(), m.end(),
                    "checks.word.sensitive", List.of(written), null);
            case TYPO -> field.finding(Kind.TYPO, Severity.WARNING, m.start(), m.end(), "checks.word.typo",
                    List.of(written, e.replacement()), e.replacement());
        };
    }

    private static List<Finding> personalData(FieldText field) {
        List<Finding> found = new ArrayList<>();
        for (PersonalData.Hit h : PersonalData.find(field.text())) {
            String key = switch (h.kind()) {
                case ID_NUMBER -> "checks.personal.id-number";
                case MOBILE_NUMBER -> "checks.personal.mobile";
                case BANK_CARD -> "checks.personal.bank-card";
            };
            Kind kind = Kind.valueOf(h.kind().name());
            found.add(field.finding(kind, Severity.BLOCKING, h.start(), h.end(), key,
                    List.of(field.text().substring(h.start(), h.end())), null));
        }
        return found;
    }
}
