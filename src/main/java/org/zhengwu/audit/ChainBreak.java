package org.zhengwu.audit;

/**
 * Where the audit chain is not as it was written: the first such record and why.
 *
 * @param seq the record's sequence number (for {@link Problem#HEAD}, the chain head's)
 */
public record ChainBreak(long seq, Problem problem) {

    /** Why a record is named; each has its message {@code audit.verify.broken.PROBLEM}. */
    public enum Problem {
        /** a record is missing at this number (removed) */
        MISSING,
        /** a field, hash or MAC does not match: changed, even with every plain hash after it recomputed */
        CHANGED,
        /** no seal: its seal was removed from the database */
        UNSEALED,
        /** sealed with another key than this installation's */
        OTHER_KEY,
        /** the chain head does not name the last record: records were removed from the end */
        HEAD
    }
}
