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
        MISSING("被删除"),
        /** a field, hash or MAC does not match: changed, even with every plain hash after it recomputed */
        CHANGED("被改动"),
        /** no seal: its seal was removed from the database */
        UNSEALED("封存被移除"),
        /** sealed with another key than this installation's */
        OTHER_KEY("以另一密钥封存"),
        /** the chain head does not name the last record: records were removed from the end */
        HEAD("链头与末条不符，末尾的记录被删除");

        private final String words;

        Problem(String words) {
            this.words = words;
        }

        /** In the words of the audit log's own records (stored, so in Chinese whatever the console's language). */
        public String words() {
            return words;
        }
    }
}
