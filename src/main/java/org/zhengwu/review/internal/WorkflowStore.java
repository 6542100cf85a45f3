package org.zhengwu.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.content.PublishTime;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;
import org.zhengwu.review.internal.ReviewWorkflow.Decision;
import org.zhengwu.review.internal.ReviewWorkflow.Entry;
import org.zhengwu.review.internal.ReviewWorkflow.State;
import org.zhengwu.review.internal.ReviewWorkflow.Step;

/** The tables review_workflow, review_step and review_decision. */
@Repository
class WorkflowStore {

    /** One recorded decision. */
    record Recorded(long id, long itemId, OffsetDateTime at, Long actorId, String actorName, Decision decision,
                    Integer level, Integer version, String reason) {
    }

    /** A line of a queue or list: the item, where it stands, since when. */
    record Waiting(long itemId, long unitId, State state, int level, int version, boolean urgent, OffsetDateTime since,
                   String reason, OffsetDateTime publishAt) {
    }

    private static final String COLUMNS = "item_id, unit_id, state, level_no, waiting_role, waiting_unit_id, version_no, "
            + "approved_version, urgent, submitted_by, forbid_self_review, reason, publish_at, updated_at";

    private final JdbcClient jdbc;

    WorkflowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReviewWorkflow> find(long itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_workflow WHERE item_id = ?").param(itemId)
                .query((rs, n) -> workflow(rs, steps(itemId))).optional();
    }

    /**
     * The item's row, locked until the transaction ends, created from {@code initial} if the item was never in
     * review: concurrent decisions on one item are made one after the other. (Two first requests for one item at the
     * same moment: one fails on the primary key, having changed nothing.)
     */
    ReviewWorkflow lock(ReviewWorkflow initial, long unitId, OffsetDateTime now) {
        if (find(initial.itemId()).isEmpty()) {
            insert(initial, unitId, now);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_workflow WHERE item_id = ? FOR UPDATE").param(initial.itemId())
                .query((rs, n) -> workflow(rs, steps(initial.itemId()))).single();
    }

    void save(ReviewWorkflow w, OffsetDateTime now) {
        Optional<Step> waiting = w.currentStep();
        jdbc.sql("UPDATE review_workflow SET state = ?, level_no = ?, waiting_role = ?, waiting_unit_id = ?, version_no = ?, "
                        + "approved_version = ?, urgent = ?, submitted_by = ?, forbid_self_review = ?, reason = ?, "
                        + "publish_at = ?, updated_at = ? WHERE item_id = ?")
                .params(w.state().name(), w.level(), waiting.map(s -> s.role().name()).orElse(null),
                        waiting.map(Step::unitId).orElse(null), w.version(), w.approvedVersion(), w.urgent(),
                        w.submittedBy(), w.forbidSelfReview(), w.reason(), w.publishAt(), now, w.itemId())
                .update();
        jdbc.sql("DELETE FROM review_step WHERE item_id = ?").param(w.itemId()).update();
        for (Step s : w.plan()) {
            jdbc.sql("INSERT INTO review_step (item_id, level_no, reviewer_role, unit_id, urgent_skip, skipped) VALUES (?,?,?,?,?,?)")
                    .params(w.itemId(), s.level(), s.role().name(), s.unitId(), s.urgentSkip(), s.skipped()).update();
        }
    }

    void record(long itemId, Entry e, Actor by, OffsetDateTime now) {
        jdbc.sql("INSERT INTO review_decision (item_id, decided_at, actor_id, actor_name, decision, level_no, version_no, reason) "
                        + "VALUES (?,?,?,?,?,?,?,?)")
                .params(itemId, now, by.id(), by.name(), e.decision().name(), e.level(), e.version(), e.reason()).update();
    }

    /** The item's history, oldest first. */
    List<Recorded> history(long itemId) {
        return jdbc.sql("SELECT id, item_id, decided_at, actor_id, actor_name, decision, level_no, version_no, reason "
                        + "FROM review_decision WHERE item_id = ? ORDER BY id").param(itemId)
                .query((rs, n) -> new Recorded(rs.getLong(1), rs.getLong(2), time(rs, "decided_at"),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), Decision.valueOf(rs.getString(6)),
                        (Integer) rs.getObject(7, Integer.class), (Integer) rs.getObject(8, Integer.class), rs.getString(9)))
                .list();
    }

    /** Whether a reviewer overrode the blocking findings of this version. */
    boolean overridden(long itemId, int version) {
        return jdbc.sql("SELECT COUNT(*) FROM review_decision WHERE item_id = ? AND version_no = ? AND decision = 'OVERRIDDEN'")
                .params(itemId, version).query(Long.class).single() > 0;
    }

    /** Whoever decided anything on the item (they may still read it). */
    Set<Long> deciders(long itemId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT actor_id FROM review_decision WHERE item_id = ? AND actor_id IS NOT NULL")
                .param(itemId).query(Long.class).list());
    }

    /** The items waiting for this role of this unit, oldest first. */
    List<Waiting> queue(StaffRole role, long unitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_workflow WHERE state IN ('SUBMITTED', 'WITHDRAWAL_REQUESTED') "
                        + "AND waiting_role = ? AND waiting_unit_id = ? ORDER BY urgent DESC, updated_at, item_id")
                .params(role.name(), unitId).query(WorkflowStore::waiting).list();
    }

    /** How many items wait for this role of this unit (the length of its {@link #queue}). */
    long queueLength(StaffRole role, long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM review_workflow WHERE state IN ('SUBMITTED', 'WITHDRAWAL_REQUESTED') "
                        + "AND waiting_role = ? AND waiting_unit_id = ?")
                .params(role.name(), unitId).query(Long.class).single();
    }

    /** How many items of the unit are in this state. */
    long count(long unitId, State state) {
        return jdbc.sql("SELECT COUNT(*) FROM review_workflow WHERE unit_id = ? AND state = ?")
                .params(unitId, state.name()).query(Long.class).single();
    }

    /** Items of these units (null: every unit) in these states, newest change first. */
    List<Waiting> inStates(Collection<Long> unitIds, Collection<State> states, int limit) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        String in = states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        String units = unitIds == null ? "" : " AND unit_id IN (" + unitIds.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_workflow WHERE state IN (" + in + ")" + units
                        + " ORDER BY updated_at DESC, item_id DESC FETCH FIRST ? ROWS ONLY")
                .param(limit).query(WorkflowStore::waiting).list();
    }

    /** Approved items whose publish time has come. */
    List<Long> due(OffsetDateTime now) {
        return jdbc.sql("SELECT item_id FROM review_workflow WHERE state = 'APPROVED' AND publish_at <= ? ORDER BY publish_at")
                .param(now).query(Long.class).list();
    }

    private void insert(ReviewWorkflow w, long unitId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO review_workflow (item_id, unit_id, state, level_no, version_no, approved_version, urgent, "
                        + "forbid_self_review, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")
                .params(w.itemId(), unitId, w.state().name(), w.level(), w.version(), w.approvedVersion(), w.urgent(),
                        w.forbidSelfReview(), now)
                .update();
    }

    private List<Step> steps(long itemId) {
        return jdbc.sql("SELECT level_no, reviewer_role, unit_id, urgent_skip, skipped FROM review_step WHERE item_id = ? "
                        + "ORDER BY level_no").param(itemId)
                .query((rs, n) -> new Step(rs.getInt(1), StaffRole.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getBoolean(4), rs.getBoolean(5))).list();
    }

    private static ReviewWorkflow workflow(ResultSet rs, List<Step> plan) throws SQLException {
        return new ReviewWorkflow(rs.getLong("item_id"), State.valueOf(rs.getString("state")), rs.getInt("level_no"), plan,
                rs.getInt("version_no"), (Integer) rs.getObject("approved_version", Integer.class), rs.getBoolean("urgent"),
                (Long) rs.getObject("submitted_by", Long.class), rs.getBoolean("forbid_self_review"),
                rs.getString("reason"), time(rs, "publish_at"));
    }

    private static Waiting waiting(ResultSet rs, int n) throws SQLException {
        return new Waiting(rs.getLong("item_id"), rs.getLong("unit_id"), State.valueOf(rs.getString("state")),
                rs.getInt("level_no"), rs.getInt("version_no"), rs.getBoolean("urgent"), time(rs, "updated_at"),
                rs.getString("reason"), time(rs, "publish_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(PublishTime.CHINA).toOffsetDateTime();
    }
}
