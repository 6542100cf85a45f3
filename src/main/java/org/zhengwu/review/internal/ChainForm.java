package org.zhengwu.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;

/**
 * The chain form exactly as typed: {@link ReviewChain#MAX_LEVELS} rows, of which those with a role are the levels,
 * in order. Works without script: unused rows stay empty.
 */
public record ChainForm(List<Row> rows, boolean forbidSelfReview) {

    /** One row: role, unit rule (OWN_UNIT, FIXED, BY_CATEGORY), the units it names, urgent skip. */
    public record Row(String role, String rule, String unit, String party, String government, boolean urgentSkip) {

        static Row empty() {
            return new Row("", "OWN_UNIT", "", "", "", false);
        }
    }

    static ChainForm of(ReviewChain chain) {
        List<Row> rows = new ArrayList<>();
        for (ReviewChain.Level l : chain.levels()) {
            String rule = "OWN_UNIT";
            String unit = "";
            String party = "";
            String government = "";
            if (l.unit() instanceof ReviewChain.ReviewerUnit.Fixed f) {
                rule = "FIXED";
                unit = text(f.unitId());
            } else if (l.unit() instanceof ReviewChain.ReviewerUnit.ByCategory b) {
                rule = "BY_CATEGORY";
                party = text(b.partyUnitId());
                government = text(b.governmentUnitId());
            }
            rows.add(new Row(l.role().name(), rule, unit, party, government, l.urgentSkip()));
        }
        while (rows.size() < ReviewChain.MAX_LEVELS) {
            rows.add(Row.empty());
        }
        return new ChainForm(rows, chain.forbidSelfReview());
    }

    /** Reads role1…role5, rule1…, unit1…, party1…, government1…, skip1… and forbidSelfReview. */
    static ChainForm from(Map<String, String> p) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= ReviewChain.MAX_LEVELS; i++) {
            rows.add(new Row(p.getOrDefault("role" + i, ""), p.getOrDefault("rule" + i, "OWN_UNIT"),
                    p.getOrDefault("unit" + i, ""), p.getOrDefault("party" + i, ""),
                    p.getOrDefault("government" + i, ""), p.containsKey("skip" + i)));
        }
        return new ChainForm(rows, p.containsKey("forbidSelfReview"));
    }

    ReviewChain toChain() {
        List<ReviewChain.Level> levels = new ArrayList<>();
        for (Row r : rows) {
            if (r.role() == null || r.role().isBlank()) {
                continue;
            }
            int n = levels.size() + 1;
            StaffRole role;
            try {
                role = StaffRole.valueOf(r.role().trim());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("review.chain.level.role", n);
            }
            ReviewChain.ReviewerUnit unit = switch (r.rule() == null ? "" : r.rule()) {
                case "FIXED" -> new ReviewChain.ReviewerUnit.Fixed(id(r.unit(), n));
                case "BY_CATEGORY" -> new ReviewChain.ReviewerUnit.ByCategory(id(r.party(), n), id(r.government(), n));
                default -> new ReviewChain.ReviewerUnit.OwnUnit();
            };
            levels.add(new ReviewChain.Level(role, unit, r.urgentSkip()));
        }
        return new ReviewChain(levels, forbidSelfReview);
    }

    private static Long id(String text, int level) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation("review.chain.level.unit-required", level);
        }
    }

    private static String text(Long id) {
        return id == null ? "" : id.toString();
    }
}
