package org.zhengwu.cases;

/**
 * A case to open.
 *
 * @param typeCode     a registered {@link CaseType}
 * @param reference    the owning module's reference shown in ledgers (a letter's tracking number); unique per type
 * @param subject      a short line for lists and ledgers (at most 200 characters)
 * @param category     a grouping within the type for figures (a letter's mailbox code); may be null
 * @param ownerUnitId  the unit that owns it from the start, or null to leave it with the dispatcher
 * @param workingDays  the time limit when a unit owns it from the start (ignored otherwise)
 * @param calendarDays whether that limit counts calendar days (自然日) rather than working days
 */
public record NewCase(String typeCode, String reference, String subject, String category, Long ownerUnitId,
                      int workingDays, boolean calendarDays) {

    /** A case whose limit, if any, is in working days. */
    public NewCase(String typeCode, String reference, String subject, String category, Long ownerUnitId,
                   int workingDays) {
        this(typeCode, reference, subject, category, ownerUnitId, workingDays, false);
    }

    public TimeLimit limit() {
        return new TimeLimit(workingDays, calendarDays);
    }
}
