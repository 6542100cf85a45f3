package org.zhengwu.checks;

/**
 * Runs every machine check on an item before it goes to review. It never throws for bad content: an attachment that
 * cannot be read or a link that cannot be reached becomes a finding. A report with a {@link Finding.Severity#BLOCKING}
 * finding must not be submitted unless a reviewer overrides it with a reason.
 */
public interface ContentChecks {

    CheckReport check(CheckSubject subject);

    /**
     * Only the word lists (banned, sensitive, typos) over a plain text, such as the text of a published page: no
     * personal data, no links, nothing requested. Findings are of the {@link Finding.Field#TITLE} field, their offsets
     * in the text as given, in text order.
     */
    java.util.List<Finding> words(String text);
}
