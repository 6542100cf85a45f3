package org.zhengwu.supervision.internal.bulletin;

import java.util.List;

/**
 * A bulletin's text in the formal layout (公文格式), the same for the .docx, the .pdf and the portal notice: the
 * issuing office in red (红头), the number (文号), the title, the body — summary, the ranking table, the sites and their
 * columns named with their problems — and the signature with the date.
 */
public record BulletinDraft(String issuer, String number, String title, List<String> summary,
                            String rankingCaption, List<String> rankingHeader, List<List<String>> rankingRows,
                            String problemsHeading, List<SiteProblems> problems, String closing, String signature,
                            String date) {

    /** One site and what was wrong with it in the month, one line per indicator. */
    public record SiteProblems(String site, List<String> lines) {
    }
}
