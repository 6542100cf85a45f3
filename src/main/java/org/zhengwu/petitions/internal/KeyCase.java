package org.zhengwu.petitions.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A key case (重点信访案件): the leader in charge (包案领导), the responsible unit, the plan and where it stands.
 *
 * @param resolvedOn the first day it was 化解 or 息访, null until then
 */
public record KeyCase(long petitionId, String leaderName, String leaderTitle, long unitId, String plan,
                      Resolution resolution, LocalDate markedOn, LocalDate resolvedOn) {

    /** Where a key case stands. */
    public enum Resolution {
        /** 未化解: still being worked on. */
        OPEN,
        /** 化解: the dispute is resolved. */
        RESOLVED,
        /** 稳控: not resolved, but the petitioner is stable and under watch. */
        STABLE,
        /** 息访: the petitioner has stopped petitioning. */
        CLOSED;

        public boolean resolved() {
            return this == RESOLVED || this == CLOSED;
        }

        public String labelKey() {
            return "petitions.key.resolution." + name();
        }
    }

    /** A visit (接访下访) or a meeting (协调会): when, who took part, what was done. */
    public record Action(Kind kind, LocalDate on, String who, String what, String recordedBy) {

        public enum Kind {
            VISIT, MEETING;

            public String labelKey() {
                return "petitions.key.action." + name();
            }
        }
    }

    /** A month's report: progress and the resolution then. */
    public record Report(YearMonth month, String progress, Resolution resolution, String writtenBy) {
    }

    /** A line of the supervisor's ledger (台账). */
    public record LedgerLine(String reference, String subject, String leaderName, String leaderTitle, long unitId,
                             Resolution resolution, LocalDate markedOn, long daysOpen, LocalDate lastActionOn,
                             String lastAction) {
    }
}
