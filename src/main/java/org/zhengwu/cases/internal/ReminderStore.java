package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.cases.CaseReminder;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;

/** The tables case_reminder, case_branch_reminder, case_notice and case_notice_read. */
@Repository
class ReminderStore {

    /** Who a notice is for: one account, or everybody with a role in a unit (or group-wide when the unit is null). */
    record Recipient(Long accountId, Long unitId, StaffRole role) {

        static Recipient account(long accountId) {
            return new Recipient(accountId, null, null);
        }

        static Recipient role(Long unitId, StaffRole role) {
            return new Recipient(null, unitId, role);
        }
    }

    private final JdbcClient jdbc;
    private final CaseStore cases;
    private final Clock clock;

    ReminderStore(JdbcClient jdbc, CaseStore cases, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * The open cases whose clock runs (not paused), whose deadline is on or before {@code until} and that have not
     * been escalated for it yet.
     */
    List<Long> candidates(LocalDate until) {
        return jdbc.sql("SELECT c.id FROM case_record c WHERE c.phase = 'OPEN' AND c.paused_on IS NULL "
                        + "AND c.deadline <= ? AND NOT EXISTS "
                        + "(SELECT 1 FROM case_reminder r WHERE r.case_id = c.id AND r.deadline = c.deadline "
                        + "AND r.kind = 'ESCALATED') ORDER BY c.deadline, c.id")
                .param(until).query(Long.class).list();
    }

    /** The job's memory of what it has sent: about cases, or about joint-review branches. Names, never input. */
    enum Memory {
        CASE("case_reminder", "case_id"), BRANCH("case_branch_reminder", "branch_id");

        private final String table;
        private final String id;

        Memory(String table, String id) {
            this.table = table;
            this.id = id;
        }
    }

    boolean sent(long caseId, CaseReminder.Kind kind, LocalDate deadline) {
        return sent(Memory.CASE, caseId, kind, deadline);
    }

    void markSent(long caseId, CaseReminder.Kind kind, LocalDate deadline, OffsetDateTime at) {
        markSent(Memory.CASE, caseId, kind, deadline, at);
    }

    boolean sent(Memory m, long id, CaseReminder.Kind kind, LocalDate deadline) {
        return jdbc.sql("SELECT COUNT(*) FROM " + m.table + " WHERE " + m.id + " = ? AND kind = ? AND deadline = ?")
                .params(id, kind.name(), deadline).query(Long.class).single() > 0;
    }

    void markSent(Memory m, long id, CaseReminder.Kind kind, LocalDate deadline, OffsetDateTime at) {
        jdbc.sql("INSERT INTO " + m.table + " (" + m.id + ", kind, deadline, sent_at) VALUES (?, ?, ?, ?)")
                .params(id, kind.name(), deadline, at).update();
    }

    void addNotice(long caseId, CaseReminder.Kind kind, LocalDate deadline, Recipient to, OffsetDateTime at) {
        addNotice(caseId, null, kind, deadline, to, at);
    }

    /** A notice about a case, or about one branch of its joint review ({@code branchId} not null). */
    void addNotice(long caseId, Long branchId, CaseReminder.Kind kind, LocalDate deadline, Recipient to,
                   OffsetDateTime at) {
        jdbc.sql("INSERT INTO case_notice (case_id, branch_id, kind, deadline, recipient_account_id, "
                        + "recipient_unit_id, recipient_role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, branchId, kind.name(), deadline, to.accountId(), to.unitId(),
                        to.role() == null ? null : to.role().name(), at)
                .update();
    }

    /** The notices for this person, newest first. */
    List<CaseNotices.Notice> noticesFor(StaffPrincipal p, int offset, int limit) {
        return jdbc.sql("SELECT n.id AS notice_id, n.kind AS notice_kind, n.deadline AS notice_deadline, "
                        + "n.created_at AS notice_at, r.notice_id AS read_id, n.branch_id AS notice_branch, c.* "
                        + "FROM case_notice n "
                        + "JOIN case_record c ON c.id = n.case_id LEFT JOIN case_notice_read r ON r.notice_id = n.id "
                        + "AND r.account_id = :me WHERE " + addressedTo(p)
                        + " ORDER BY n.created_at DESC, n.id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("me", p.accountId()).param("role", p.role().name()).param("unit", p.unitId())
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new CaseNotices.Notice(rs.getLong(1), cases.file(rs, n).view(),
                        CaseReminder.Kind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                        rs.getObject(5) != null, rs.getObject(6) != null))
                .list();
    }

    long count(StaffPrincipal p, boolean unreadOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM case_notice n WHERE " + addressedTo(p) + (unreadOnly
                        ? " AND NOT EXISTS (SELECT 1 FROM case_notice_read r WHERE r.notice_id = n.id AND r.account_id = :me)"
                        : ""))
                .param("me", p.accountId()).param("role", p.role().name()).param("unit", p.unitId())
                .query(Long.class).single();
    }

    /** Marks these notices read by this person (those read before stay as they were). */
    void markRead(long accountId, List<Long> noticeIds, OffsetDateTime at) {
        for (long id : noticeIds) {
            jdbc.sql("INSERT INTO case_notice_read (notice_id, account_id, read_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM case_notice_read WHERE notice_id = ? AND account_id = ?)")
                    .params(id, accountId, at, id, accountId).update();
        }
    }

    /** Addressed to the account, or to its role: within its unit for a unit role, group-wide for a group role. */
    private static String addressedTo(StaffPrincipal p) {
        String unit = p.unitId() == null ? "n.recipient_unit_id IS NULL" : "n.recipient_unit_id = :unit";
        return "(n.recipient_account_id = :me OR (n.recipient_role = :role AND " + unit + "))";
    }
}
