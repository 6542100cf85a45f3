package org.zhengwu.cases;

/**
 * A kind of case (a letter, later an application, a supervised task, an investment project) as the module that owns
 * it defines it. Each module registers its types as Spring beans; the engine finds them by {@link #code()}.
 */
public interface CaseType {

    /** Short, stable, stored with every case of the type: {@code letter}. At most 30 characters. */
    String code();

    /** The message key of the type's name (来信, 办件, 督办事项). */
    String nameKey();

    CaseFlow flow();

    /** How many working days before the deadline the handler and the unit's leader are reminded. */
    default int remindWorkingDaysBefore() {
        return 1;
    }

    /** How many working days past the deadline a case is escalated to the supervisors (督查室). */
    default int escalateWorkingDaysAfter() {
        return 2;
    }

    /** The console page of one case, where its ledger row and its notices link to: {@code /admin/letters/17}. */
    String consolePath(CaseView c);
}
