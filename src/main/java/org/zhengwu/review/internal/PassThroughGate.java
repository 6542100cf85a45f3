package org.zhengwu.review.internal;

import org.springframework.stereotype.Component;
import org.zhengwu.review.GateVerdict;
import org.zhengwu.review.SubmissionGate;

/**
 * The only gate for now: it lets every submission through. It is replaced by the one backed by the machine checks
 * ({@code checks.ContentChecks}: sensitive words, typos, personal data, links) when that module is merged; then a
 * blocking finding stops submission unless a reviewer overrides it.
 */
@Component
class PassThroughGate implements SubmissionGate {

    @Override
    public GateVerdict check(long itemId, int version) {
        return GateVerdict.clear();
    }
}
