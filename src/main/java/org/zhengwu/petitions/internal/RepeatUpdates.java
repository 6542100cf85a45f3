package org.zhengwu.petitions.internal;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zhengwu.petitions.PetitionParticulars;
import org.zhengwu.petitions.RepeatPetitions;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * Tells repeat detection a stored petition again when it closes or opens again (a review request), so that a new
 * petition's candidates say rightly whether the earlier one is still being handled.
 */
@Component
class RepeatUpdates {

    private final PetitionStore store;
    private final FieldCipher cipher;
    private final RepeatPetitions repeats;

    RepeatUpdates(PetitionStore store, FieldCipher cipher, RepeatPetitions repeats) {
        this.store = store;
        this.cipher = cipher;
        this.repeats = repeats;
    }

    /** Called in the transaction of a step, with whether the petition was open before it and is open after it. */
    void stepTaken(PetitionRecord p, boolean wasOpen, boolean open) {
        if (wasOpen == open) {
            return;
        }
        List<PetitionRecord.Person> people = store.people(p.id());
        repeats.remember(particulars(p, people.stream().map(x -> cipher.decrypt(x.name())).toList(),
                people.stream().map(PetitionRecord.Person::idNumber).filter(Objects::nonNull).map(cipher::decrypt)
                        .toList(), open));
    }

    /** What repeat detection compares of a stored petition, given its petitioners' names and ID numbers in clear. */
    static PetitionParticulars particulars(PetitionRecord p, List<String> names, List<String> idNumbers,
                                           boolean open) {
        return new PetitionParticulars(p.id(), names, idNumbers, p.place(), p.matter(), open);
    }
}
