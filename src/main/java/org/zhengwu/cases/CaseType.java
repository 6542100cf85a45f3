package org.zhengwu.cases;

import java.util.Set;
import org.zhengwu.platform.security.StaffRole;

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

    /**
     * Why a case of the type may be paused (暂停计时): {@link #CORRECTION} (补正) and {@link #SUSPENSION} (中止) by
     * default. A kind is an upper-case code; its label is the message key {@code cases.pause.kind.KIND}.
     */
    default Set<String> pauseKinds() {
        return Set.of(CORRECTION, SUSPENSION);
    }

    /**
     * Who decides a unit's request for more time: the supervisors (监督员) by default; petitions add the petition
     * office (信访工作人员).
     */
    default Set<StaffRole> extensionDeciders() {
        return Set.of(StaffRole.SUPERVISOR);
    }

    /** The applicant is asked to complete or correct the application (补正). */
    String CORRECTION = "CORRECTION";
    /** Handling is suspended until a fact is settled (中止). */
    String SUSPENSION = "SUSPENSION";

    /** The console page of one case, where its ledger row and its notices link to: {@code /admin/letters/17}. */
    String consolePath(CaseView c);
}
