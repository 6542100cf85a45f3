package org.zhengwu.review.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.platform.security.StaffRole;

/** The tables review_chain and review_chain_level. A site's own chain has column 0. */
@Repository
class ChainStore {

    /** A configured chain and where it applies. */
    record Configured(long siteId, long columnId, ReviewChain chain) {
    }

    private final JdbcClient jdbc;

    ChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReviewChain> find(long siteId, long columnId) {
        return jdbc.sql("SELECT id, forbid_self_review FROM review_chain WHERE site_id = ? AND column_id = ?")
                .params(siteId, columnId)
                .query((rs, n) -> new ReviewChain(levels(rs.getLong(1)), rs.getBoolean(2))).optional();
    }

    List<Configured> all() {
        return jdbc.sql("SELECT id, site_id, column_id, forbid_self_review FROM review_chain ORDER BY site_id, column_id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4) ? 1 : 0}).list()
                .stream().map(r -> new Configured(r[1], r[2], new ReviewChain(levels(r[0]), r[3] == 1))).toList();
    }

    void save(long siteId, long columnId, ReviewChain chain, OffsetDateTime now) {
        delete(siteId, columnId);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO review_chain (site_id, column_id, forbid_self_review, updated_at) VALUES (?, ?, ?, ?)")
                .params(siteId, columnId, chain.forbidSelfReview(), now).update(keys, "id");
        long id = keys.getKey().longValue();
        int n = 0;
        for (ReviewChain.Level l : chain.levels()) {
            n++;
            String rule;
            Long unit = null;
            Long party = null;
            Long government = null;
            if (l.unit() instanceof ReviewChain.ReviewerUnit.Fixed f) {
                rule = "FIXED";
                unit = f.unitId();
            } else if (l.unit() instanceof ReviewChain.ReviewerUnit.ByCategory b) {
                rule = "BY_CATEGORY";
                party = b.partyUnitId();
                government = b.governmentUnitId();
            } else {
                rule = "OWN_UNIT";
            }
            jdbc.sql("INSERT INTO review_chain_level (chain_id, level_no, reviewer_role, unit_rule, unit_id, party_unit_id, "
                            + "government_unit_id, urgent_skip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, n, l.role().name(), rule, unit, party, government, l.urgentSkip()).update();
        }
    }

    boolean delete(long siteId, long columnId) {
        return jdbc.sql("DELETE FROM review_chain WHERE site_id = ? AND column_id = ?").params(siteId, columnId).update() > 0;
    }

    private List<ReviewChain.Level> levels(long chainId) {
        return jdbc.sql("SELECT reviewer_role, unit_rule, unit_id, party_unit_id, government_unit_id, urgent_skip "
                        + "FROM review_chain_level WHERE chain_id = ? ORDER BY level_no").param(chainId)
                .query((rs, n) -> {
                    String rule = rs.getString(2);
                    ReviewChain.ReviewerUnit unit = switch (rule) {
                        case "FIXED" -> new ReviewChain.ReviewerUnit.Fixed((Long) rs.getObject(3, Long.class));
                        case "BY_CATEGORY" -> new ReviewChain.ReviewerUnit.ByCategory((Long) rs.getObject(4, Long.class),
                                (Long) rs.getObject(5, Long.class));
                        default -> new ReviewChain.ReviewerUnit.OwnUnit();
                    };
                    return new ReviewChain.Level(StaffRole.valueOf(rs.getString(1)), unit, rs.getBoolean(6));
                }).list();
    }
}
