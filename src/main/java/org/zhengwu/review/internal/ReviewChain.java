package org.zhengwu.review.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhengwu.content.ContentCategory;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;

/**
 * A review chain: its levels in order, each reviewed by a role in a unit, and whether the editor's own review is
 * forbidden. Configured per site or column; {@link #standard} is the chain of every site without one.
 */
record ReviewChain(List<Level> levels, boolean forbidSelfReview) {

    static final int MAX_LEVELS = 5;
    /** The roles that may review a level: the unit roles (a small unit may let a second editor review). */
    static final Set<StaffRole> REVIEWING_ROLES = EnumSet.of(StaffRole.EDITOR, StaffRole.UNIT_REVIEWER,
            StaffRole.OFFICE_REVIEWER, StaffRole.SECRECY_REVIEWER);

    ReviewChain {
        levels = List.copyOf(levels);
    }

    /** One level: who reviews it and whether an urgent item may skip it. */
    record Level(StaffRole role, ReviewerUnit unit, boolean urgentSkip) {
    }

    /** Which unit's reviewers decide at a level. */
    sealed interface ReviewerUnit {

        /** The unit, or null when the chain names none (an office that does not exist yet). */
        Long resolve(long itemUnitId, ContentCategory category);

        /** The item's own unit (the unit's leader). */
        record OwnUnit() implements ReviewerUnit {
            @Override
            public Long resolve(long itemUnitId, ContentCategory category) {
                return itemUnitId;
            }
        }

        /** Always the same unit (the secrecy office). */
        record Fixed(Long unitId) implements ReviewerUnit {
            @Override
            public Long resolve(long itemUnitId, ContentCategory category) {
                return unitId;
            }
        }

        /** The routing rule: the Party general office for Party matters, the Government general office otherwise. */
        record ByCategory(Long partyUnitId, Long governmentUnitId) implements ReviewerUnit {
            @Override
            public Long resolve(long itemUnitId, ContentCategory category) {
                return category == ContentCategory.PARTY ? partyUnitId : governmentUnitId;
            }
        }
    }

    /**
     * The three levels: the unit's leader; the Party or Government general office by the item's category;
     * the secrecy office. None may be skipped, and nobody reviews their own item.
     */
    static ReviewChain standard(Long partyOffice, Long governmentOffice, Long secrecyOffice) {
        return new ReviewChain(List.of(
                new Level(StaffRole.UNIT_REVIEWER, new ReviewerUnit.OwnUnit(), false),
                new Level(StaffRole.OFFICE_REVIEWER, new ReviewerUnit.ByCategory(partyOffice, governmentOffice), false),
                new Level(StaffRole.SECRECY_REVIEWER, new ReviewerUnit.Fixed(secrecyOffice), false)), true);
    }

    /** Refuses a chain that cannot work: no level, too many, a role that does not review, a unit missing. */
    void validate() {
        if (levels.isEmpty()) {
            throw new RuleViolation("review.chain.levels.none");
        }
        if (levels.size() > MAX_LEVELS) {
            throw new RuleViolation("review.chain.levels.too-many", MAX_LEVELS);
        }
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            if (l.role() == null || !REVIEWING_ROLES.contains(l.role())) {
                throw new RuleViolation("review.chain.level.role", i + 1);
            }
            boolean missing = l.unit() instanceof ReviewerUnit.Fixed f ? f.unitId() == null
                    : l.unit() instanceof ReviewerUnit.ByCategory b && (b.partyUnitId() == null || b.governmentUnitId() == null);
            if (missing) {
                throw new RuleViolation("review.chain.level.unit-required", i + 1);
            }
        }
        if (levels.stream().allMatch(Level::urgentSkip)) {
            throw new RuleViolation("review.chain.all-skippable");
        }
    }

    /** The levels resolved for one item; refuses when a level's unit does not exist. */
    List<ReviewWorkflow.Step> plan(long itemUnitId, ContentCategory category) {
        List<ReviewWorkflow.Step> steps = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            Long unit = l.unit().resolve(itemUnitId, category);
            if (unit == null) {
                throw new RuleViolation("review.chain.unit-missing", i + 1);
            }
            steps.add(new ReviewWorkflow.Step(i + 1, l.role(), unit, l.urgentSkip(), false));
        }
        return steps;
    }
}
