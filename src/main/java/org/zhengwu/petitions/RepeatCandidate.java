package org.zhengwu.petitions;

import java.util.Set;

/**
 * A petition already registered that looks like the same person or the same matter as a new one.
 *
 * @param petitionId the earlier petition
 * @param similarity how alike the matters read, 0..1
 * @param reasons    why it was found
 * @param open       whether the earlier petition is still being handled (then the new one is linked to it, not
 *                   counted twice)
 */
public record RepeatCandidate(long petitionId, double similarity, Set<Reason> reasons, boolean open) {

    /** Why a petition was found as a possible repeat. */
    public enum Reason {
        /** A petitioner's ID number is the same. */
        SAME_ID_NUMBER,
        /** A petitioner's name is the same. */
        SAME_NAME,
        /** The place is the same. */
        SAME_ADDRESS,
        /** The matter reads alike, also when re-worded. */
        SIMILAR_MATTER
    }
}
