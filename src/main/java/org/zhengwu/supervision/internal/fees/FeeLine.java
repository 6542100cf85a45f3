package org.zhengwu.supervision.internal.fees;

import java.time.OffsetDateTime;

/** One published item in a month's statement: who wrote it, for which unit, its characters, fee and bonus in fen. */
public record FeeLine(long itemId, String title, OffsetDateTime publishedAt, long unitId, Long editorId,
                      String editorName, int characters, long baseFen, long bonusFen) {

    public long totalFen() {
        return baseFen + bonusFen;
    }
}
