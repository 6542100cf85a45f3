package org.zhengwu.supervision.internal.crawl;

/**
 * What asking an external address gave.
 *
 * @param status the HTTP status of the last answer, or null when there was none
 * @param detail for a failure, what happened (the status, "超时", the network error), else null
 */
record ProbeAnswer(boolean ok, BrokenReason reason, Integer status, String detail) {

    static ProbeAnswer working(int status) {
        return new ProbeAnswer(true, null, status, null);
    }

    static ProbeAnswer failed(BrokenReason reason, Integer status, String detail) {
        return new ProbeAnswer(false, reason, status, detail);
    }
}
