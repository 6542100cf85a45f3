package org.zhengwu.checks;

import java.util.List;

/** All findings of one check, the title's first, then the body's, then each attachment's, each in text order. */
public record CheckReport(List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** Whether anything stops submission (unless a reviewer overrides it). */
    public boolean hasBlocking() {
        return findings.stream().anyMatch(Finding::blocking);
    }

    public long count(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** The findings in one field (for attachments: in the attachment of that name). */
    public List<Finding> in(Finding.Field field, String attachment) {
        return findings.stream().filter(f -> f.field() == field
                && (field != Finding.Field.ATTACHMENT || f.attachment().equals(attachment))).toList();
    }

    /** The number of a finding as the findings list shows it (from 1). */
    public int numberOf(Finding finding) {
        return findings.indexOf(finding) + 1;
    }
}
