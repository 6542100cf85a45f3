package org.zhengwu.supervision.internal.crawl;

/** Why a link or image does not work (the {@code reason} of {@code link_crawl_broken}). */
public enum BrokenReason {
    /** No such published page or file. */
    MISSING,
    /** Not an address at all. */
    INVALID,
    /** An intranet address: the public cannot reach it (not requested). */
    PRIVATE,
    /** The other site answered with an error status. */
    HTTP,
    /** No answer: timeout, refused connection, unknown host. The probe failed; never counted as working. */
    NETWORK;

    public String labelKey() {
        return "linkcheck.reason." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
