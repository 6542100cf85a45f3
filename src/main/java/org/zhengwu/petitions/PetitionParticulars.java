package org.zhengwu.petitions;

import java.util.List;

/**
 * What repeat detection compares of a petition: the petitioners' names and ID numbers (居民身份证号码), the place the
 * matter concerns and the matter itself. Plain text here; how it is kept (hashed, encrypted) is the detector's affair.
 *
 * @param petitionId the petition's id
 * @param names      the petitioners' names, one or many
 * @param idNumbers  their ID numbers where given
 * @param address    the place of the matter or the petitioner's address, may be blank
 * @param matter     the matter as the petitioner told it (诉求)
 * @param open       whether the petition is still being handled
 */
public record PetitionParticulars(long petitionId, List<String> names, List<String> idNumbers, String address,
                                  String matter, boolean open) {
}
