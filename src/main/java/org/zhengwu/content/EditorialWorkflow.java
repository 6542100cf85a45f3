package org.zhengwu.content;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The editorial workflow an item goes through after it is saved: review, publishing and withdrawal. The review module
 * provides it; the content pages show its panel and pass the editor's requests on, so content does not depend on the
 * module that runs the workflow. Refusals are {@link org.zhengwu.platform.RuleViolation}s with a readable reason, or
 * an {@link org.springframework.security.access.AccessDeniedException}.
 */
public interface EditorialWorkflow {

    /** What the item's page shows of its workflow; {@code item} is the latest version. */
    Panel panel(ContentItem item);

    /** Submits this version of the item for review; {@code urgent} asks to skip the levels that allow it. */
    void submit(long itemId, int version, boolean urgent);

    /** Asks for the published item to be taken offline (撤稿); the reason is required. */
    void requestWithdrawal(long itemId, String reason, boolean urgent);

    /**
     * The workflow as the editor sees it: a state message (key and arguments of the bundles), the reason of the last
     * return, the history, which of the editor's requests are open, where the reviewers' page is, and what the
     * machine checks found in the latest version (one readable line each; blocking ones stop a submission).
     */
    record Panel(String stateKey, Object[] stateArgs, String reason, boolean maySubmit, boolean mayRequestWithdrawal,
                 String reviewPath, List<Entry> history, List<String> blockingFindings, List<String> warningFindings) {
    }

    /** One line of the history: when, who, what was decided (a message key), at which level, on which version, why. */
    record Entry(OffsetDateTime at, String who, String decisionKey, Integer level, Integer version, String reason) {
    }
}
