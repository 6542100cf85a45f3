package org.zhengwu.petitions.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The petition made from a hall letter, for the letter's page. */
@Service
public class PetitionLetters {

    private final PetitionStore store;
    private final PetitionAccess access;
    private final PetitionSteps steps;

    PetitionLetters(PetitionStore store, PetitionAccess access, PetitionSteps steps) {
        this.store = store;
        this.access = access;
        this.steps = steps;
    }

    @Transactional(readOnly = true)
    public Optional<String> petitionOf(String trackingNumber) {
        return store.byLetter(trackingNumber).map(PetitionRecord::reference);
    }

    @Transactional(readOnly = true)
    public boolean maySee(String reference) {
        return store.byReference(reference).map(p -> access.maySee(steps.units(p))).orElse(false);
    }
}
