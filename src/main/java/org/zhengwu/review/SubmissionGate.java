package org.zhengwu.review;

/**
 * Consulted once, by the submit step, before an item enters its review chain: a {@link GateVerdict} with blocking
 * findings stops the submission unless a reviewer has overridden the findings of that version with a reason.
 */
public interface SubmissionGate {

    /** What stands against submitting this version of the item. */
    GateVerdict check(long itemId, int version);
}
