package org.zhengwu.petitions.internal;

import java.util.List;

/**
 * A petition as registered, checked by {@link PetitionForm}: plain text here, encrypted when stored.
 *
 * @param count          how many people petition together (at least the named ones); 5 or more is 集体访
 * @param transferNumber the level above's transfer number (上级转交), else null
 * @param letter         the hall letter's tracking number (网上信访), else null
 */
public record NewPetition(Channel channel, String category, String matter, String place, long unitId,
                          boolean skippingLevels, String transferNumber, String letter, List<Petitioner> petitioners,
                          int count) {

    /** One petitioner: the name is required, the rest where known. */
    public record Petitioner(String name, String idNumber, String phone, String address) {
    }

    public boolean collective() {
        return count >= PetitionFlow.COLLECTIVE_FROM;
    }
}
