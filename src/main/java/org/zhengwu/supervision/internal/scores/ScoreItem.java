package org.zhengwu.supervision.internal.scores;

import java.util.Locale;

/**
 * The items of the monthly unit score (考核细则), each scored between 0 and 1 and weighted in points out of 100 by
 * the supervisors. Where a unit had nothing to be measured on (no letter answered, no application handled, nothing
 * submitted for review, no quota), the item scores full: nothing was late or returned.
 */
public enum ScoreItem {
    /** 发布数量: items published against the month's quota (full without a quota). */
    VOLUME(Group.PUBLISHING),
    /** 更新及时: of the month's four stretches (1–7, 8–14, 15–21, 22–end), the share with an item published. */
    TIMELINESS(Group.PUBLISHING),
    /** 审核退回: 1 − returns ÷ submissions in review. */
    REVIEW_RETURNS(Group.PUBLISHING),
    /** 来信按时办结: letters answered on time ÷ letters answered. */
    LETTERS_ON_TIME(Group.INTERACTION),
    /** 来信满意度: (满意 + 基本满意) ÷ ratings. */
    LETTER_SATISFACTION(Group.INTERACTION),
    /** 办件按时办结: applications finished on time ÷ finished. */
    SERVICES_ON_TIME(Group.SERVICES),
    /** 好差评: good ratings ÷ ratings. */
    SERVICE_RATINGS(Group.SERVICES),
    /** 站点检查: the unit's site's scorecard points ÷ 100, averaged over the month's weeks. */
    INSPECTION(Group.INSPECTION);

    /** The four components the items belong to. */
    public enum Group {
        PUBLISHING, INTERACTION, SERVICES, INSPECTION;

        public String labelKey() {
            return "scores.group." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Group group;

    ScoreItem(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public String labelKey() {
        return "scores.item." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The form field of the item's weight. */
    public String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
