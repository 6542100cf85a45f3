package org.zhengwu.supervision.internal.fees;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A month's 稿酬 statement: every line, and the sums per editor and per unit. {@code approvedBy} and
 * {@code approvedAt} are set once the office approved it; from then on the lines are the frozen ones.
 */
public record FeeStatement(YearMonth month, List<FeeLine> lines, String approvedBy, OffsetDateTime approvedAt) {

    /** The sum of some lines: items, characters, fees and bonuses in fen. */
    public record Sum(String name, Long unitId, int items, long characters, long baseFen, long bonusFen) {

        public long totalFen() {
            return baseFen + bonusFen;
        }

        Sum plus(FeeLine l) {
            return new Sum(name, unitId, items + 1, characters + l.characters(), baseFen + l.baseFen(),
                    bonusFen + l.bonusFen());
        }
    }

    public FeeStatement {
        lines = List.copyOf(lines);
    }

    public boolean approved() {
        return approvedAt != null;
    }

    /** One sum per editor (by account; the name is the one the first version was saved under), in order of first line. */
    public List<Sum> perEditor() {
        Map<Object, Sum> sums = new LinkedHashMap<>();
        for (FeeLine l : lines) {
            Object key = l.editorId() != null ? l.editorId() : l.editorName();
            sums.merge(key, new Sum(l.editorName(), l.unitId(), 1, l.characters(), l.baseFen(), l.bonusFen()),
                    (a, b) -> a.plus(l));
        }
        return new ArrayList<>(sums.values());
    }

    /** One sum per unit, the name given by the caller. */
    public List<Sum> perUnit(java.util.function.LongFunction<String> unitName) {
        Map<Long, Sum> sums = new LinkedHashMap<>();
        for (FeeLine l : lines) {
            sums.merge(l.unitId(), new Sum(unitName.apply(l.unitId()), l.unitId(), 1, l.characters(), l.baseFen(),
                    l.bonusFen()), (a, b) -> a.plus(l));
        }
        return new ArrayList<>(sums.values());
    }

    public Sum total(String name) {
        Sum sum = new Sum(name, null, 0, 0, 0, 0);
        for (FeeLine l : lines) {
            sum = sum.plus(l);
        }
        return sum;
    }

    /** The line of this item, if the month has it. */
    public java.util.Optional<FeeLine> line(long itemId) {
        return lines.stream().filter(l -> Objects.equals(l.itemId(), itemId)).findFirst();
    }
}
