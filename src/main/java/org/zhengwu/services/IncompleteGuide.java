package org.zhengwu.services;

import java.util.List;
import org.zhengwu.platform.RuleViolation;

/**
 * A refusal because the guide lacks required elements: to go online, or to change an online item so that it would
 * lack them. Carries the missing elements; the message's argument names them in Chinese.
 */
public class IncompleteGuide extends RuleViolation {

    private final transient List<GuideElement> missing;

    public IncompleteGuide(String key, List<GuideElement> missing, String missingNames) {
        super(key, missingNames);
        this.missing = List.copyOf(missing);
    }

    public List<GuideElement> missing() {
        return missing;
    }
}
