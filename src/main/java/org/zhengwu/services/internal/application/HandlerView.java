package org.zhengwu.services.internal.application;

import java.util.List;
import java.util.Map;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CaseView;
import org.zhengwu.services.ServiceItem;

/**
 * One application as its handlers see it. {@code answers} holds the decrypted answers only for the staff of its unit
 * (empty for a supervisor, who sees the progress but not the applicant's personal data); {@code mayAct} whether the
 * viewer may take its steps.
 */
public record HandlerView(ApplicationRecord record, ServiceItem item, CaseView caseView, ApplicationForm form,
                          Map<String, String> answers, boolean personalShown, List<ApplicationFile> files,
                          List<Opinion> opinions, List<CaseEvent> history, boolean mayAct) {
}
