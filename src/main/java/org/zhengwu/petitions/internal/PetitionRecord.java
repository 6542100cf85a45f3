package org.zhengwu.petitions.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A petition's row: the particulars and the statutory dates; the case engine holds its state, deadline and history.
 *
 * @param decisionDue the last day to decide on acceptance; decidedOn when it was decided
 * @param answerDue   the last day to answer (with an approved extension), null before acceptance
 */
public record PetitionRecord(long id, String reference, long caseId, Channel channel, String category, String matter,
                             String place, int count, boolean collective, boolean skippingLevels, String transferNumber,
                             String letter, long unitId, Long reviewUnitId, Long repeatOfId, OffsetDateTime registeredAt,
                             LocalDate registeredOn, LocalDate decisionDue, LocalDate decidedOn, Boolean accepted,
                             LocalDate answerDue, LocalDate answeredOn, String registeredBy) {

    /** Answered after its due day: shown as overdue for good, whatever happened next. */
    public boolean answeredLate() {
        return answeredOn != null && answerDue != null && answeredOn.isAfter(answerDue);
    }

    /** A petitioner as stored: every field a FieldCipher value (or null). */
    public record Person(int seqNo, String name, String idNumber, String phone, String address) {
    }

    /** An attachment as stored. */
    public record Attachment(int seqNo, String fileName, String storedName, String contentType, long size) {
    }

    /** What the petitioner was told. */
    public record Notice(PetitionFlow.Notice kind, LocalDate sentOn, String text, String writtenBy) {
    }
}
