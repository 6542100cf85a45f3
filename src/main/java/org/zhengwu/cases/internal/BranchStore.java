package org.zhengwu.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.cases.JointReview;

/** The table case_branch: the joint reviews (会签) of cases, one row per unit asked. */
@Repository
class BranchStore {

    /** Named apart from case_record's columns, which a queue reads in the same row by name. */
    private static final String COLUMNS = "b.id AS br_id, b.case_id AS br_case, b.review_no AS br_no, "
            + "b.unit_id AS br_unit, b.opened_on AS br_opened, b.deadline AS br_deadline, b.note AS br_note, "
            + "b.answered_at AS br_answered_at, b.agreed AS br_agreed, b.opinion AS br_opinion, "
            + "b.answered_by_name AS br_by";

    /** A branch waiting on a unit, with the case it belongs to. */
    record Waiting(JointReview.Branch branch, CaseFile about) {
    }

    private final JdbcClient jdbc;
    private final CaseStore cases;
    private final Clock clock;

    BranchStore(JdbcClient jdbc, CaseStore cases, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
    }

    void open(long caseId, JointReviewRules.Start start, OffsetDateTime at) {
        for (long unit : start.units()) {
            jdbc.sql("INSERT INTO case_branch (case_id, review_no, unit_id, opened_at, opened_on, deadline, note) "
                            + "VALUES (?,?,?,?,?,?,?)")
                    .params(caseId, start.number(), unit, at, at.atZoneSameInstant(clock.getZone()).toLocalDate(),
                            start.deadline(), start.note().isEmpty() ? null : start.note())
                    .update();
        }
    }

    void answer(JointReviewRules.Answer a, OffsetDateTime at, Long accountId, String name) {
        jdbc.sql("UPDATE case_branch SET answered_at = ?, agreed = ?, opinion = ?, answered_by_id = ?, "
                        + "answered_by_name = ? WHERE id = ? AND answered_at IS NULL")
                .params(at, a.agreed(), a.opinion().isEmpty() ? null : a.opinion(), accountId, name, a.branch().id())
                .update();
    }

    /** The case's latest joint review, if it has had one. */
    Optional<JointReview> latest(long caseId) {
        List<JointReview.Branch> branches = jdbc.sql("SELECT " + COLUMNS + " FROM case_branch b WHERE b.case_id = ? "
                        + "AND b.review_no = (SELECT MAX(review_no) FROM case_branch WHERE case_id = ?) ORDER BY b.id")
                .params(caseId, caseId).query(this::branch).list();
        return branches.isEmpty() ? Optional.empty()
                : Optional.of(new JointReview(caseId, branches.get(0).reviewNumber(), branches));
    }

    /** Whether the unit has ever been asked about the case: its staff may then read the case. */
    boolean asked(long caseId, long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_branch WHERE case_id = ? AND unit_id = ?").params(caseId, unitId)
                .query(Long.class).single() > 0;
    }

    /** Moves every waiting branch of the case by a pause's working days (see {@link JointReviewRules#moved}). */
    void moveWaiting(long caseId, int days, JointReviewRules rules) {
        if (days == 0) {
            return;
        }
        for (JointReview.Branch b : latest(caseId).map(JointReview::branches).orElse(List.of())) {
            if (b.waiting()) {
                jdbc.sql("UPDATE case_branch SET deadline = ? WHERE id = ?")
                        .params(rules.moved(b.deadline(), days), b.id()).update();
            }
        }
    }

    /** The branches waiting on a unit in open cases, the nearest deadline first. */
    List<Waiting> waitingOn(long unitId) {
        return jdbc.sql("SELECT " + COLUMNS + ", c.* FROM case_branch b JOIN case_record c ON c.id = b.case_id "
                        + "WHERE b.unit_id = ? AND b.answered_at IS NULL AND c.phase = 'OPEN' "
                        + "ORDER BY b.deadline, b.id")
                .param(unitId).query((rs, n) -> new Waiting(branch(rs, n), cases.file(rs, n))).list();
    }

    /**
     * The branches the deadline job looks at: waiting, in open cases whose clock runs, due on or before {@code until},
     * not yet escalated for their deadline.
     */
    List<Long> candidates(LocalDate until) {
        return jdbc.sql("SELECT b.id FROM case_branch b JOIN case_record c ON c.id = b.case_id "
                        + "WHERE b.answered_at IS NULL AND c.phase = 'OPEN' AND c.paused_on IS NULL "
                        + "AND b.deadline <= ? AND NOT EXISTS (SELECT 1 FROM case_branch_reminder r "
                        + "WHERE r.branch_id = b.id AND r.deadline = b.deadline AND r.kind = 'ESCALATED') "
                        + "ORDER BY b.deadline, b.id")
                .param(until).query(Long.class).list();
    }

    Optional<JointReview.Branch> find(long branchId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_branch b WHERE b.id = ?").param(branchId)
                .query(this::branch).optional();
    }

    private JointReview.Branch branch(ResultSet rs, int n) throws SQLException {
        OffsetDateTime answered = rs.getObject(8, OffsetDateTime.class);
        return new JointReview.Branch(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), nonNull(rs.getString(7)),
                answered == null ? null : answered.atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                rs.getObject(9, Boolean.class), nonNull(rs.getString(10)), rs.getString(11));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
