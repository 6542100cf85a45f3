package org.zhengwu.petitions.internal.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.petitions.SampleDutyRoster;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.UnitScope;

/** {@link SampleDutyRoster}: the coming five days; invented names and phone numbers. */
@Service
class DutySamples implements SampleDutyRoster {

    private static final String[][] PEOPLE = {{"王副局长", "李明、赵强", "0311-8555"}, {"陈副镇长", "吴敏", "0311-8666"},
            {"刘副主任", "孙丽、周杰", "0311-8777"}, {"张副局长", "郑涛", "0311-8888"}};

    private final DutyStore store;
    private final FieldCipher cipher;
    private final UnitScope scope;
    private final Clock clock;

    DutySamples(DutyStore store, FieldCipher cipher, UnitScope scope, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long create(List<Long> unitIds) {
        scope.requireRoleOrSystem(); // the system alone
        LocalDate from = LocalDate.now(clock).plusDays(1);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = store.insertPeriod("示例敏感时期", from, from.plusDays(4), "系统", now);
        for (int u = 0; u < unitIds.size(); u++) {
            long unit = unitIds.get(u);
            store.insertUnit(id, unit);
            String[] who = PEOPLE[u % PEOPLE.length];
            List<DutyStore.Entry> entries = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                if (u == unitIds.size() - 1 && d == 2) {
                    continue; // the last unit left the third day without anyone: the office sees the gap
                }
                entries.add(new DutyStore.Entry(unit, from.plusDays(d), who[0], who[1],
                        cipher.encrypt(who[2] + String.format("%04d", 1000 + d))));
            }
            store.replace(id, unit, entries, "系统", now);
        }
        return id;
    }
}
