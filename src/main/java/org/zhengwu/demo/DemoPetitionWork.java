package org.zhengwu.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zhengwu.petitions.SampleDutyRoster;
import org.zhengwu.petitions.SampleScreening;

/**
 * The demo city's petition office work with the units: last month's screening round for four units (发改委 reports two
 * disputes, 教育局 reports nil, the others have not reported yet) and a sensitive period of the coming five days for
 * three units, 红星街道 leaving one day without anyone on duty. All names and numbers are invented.
 */
@Component
class DemoPetitionWork {

    private final SampleScreening screening;
    private final SampleDutyRoster duty;

    DemoPetitionWork(SampleScreening screening, SampleDutyRoster duty) {
        this.screening = screening;
        this.duty = duty;
    }

    /** Creates them for the units with these codes, where the demo has them. */
    void create(Map<String, Long> units) {
        List<Long> round = List.of("fgw", "jyj", "sthjj", "cgz").stream().map(units::get).toList();
        List<Long> roster = List.of("fgw", "cgz", "hxjd").stream().map(units::get).toList();
        if (round.stream().anyMatch(Objects::isNull) || roster.stream().anyMatch(Objects::isNull)) {
            return;
        }
        screening.create(round);
        duty.create(roster);
    }
}
