package org.zhengwu.petitions;

import java.util.List;

/**
 * Repeat detection (重复信访): finds the registered petitions of the same person or the same matter as a new one, open
 * or past, so a repeat is linked rather than counted twice.
 */
public interface RepeatPetitions {

    /** Remembers a registered petition, or its changed particulars; called in the transaction that stores it. */
    void remember(PetitionParticulars petition);

    /** The petitions most like this one (never itself), best first, at most {@code limit}. */
    List<RepeatCandidate> candidates(PetitionParticulars petition, int limit);
}
