package org.zhengwu.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.services.Replay;
import org.zhengwu.sites.SiteAdministration;

/** The month's figures of a unit: a repeat linked to its earlier petition is not counted as received again. */
@ZhengwuTest
class PetitionFiguresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Replay replay;
    @Autowired
    PetitionFigures figures;
    @Autowired
    org.zhengwu.cases.Cases cases;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    PetitionDesk desk;

    @BeforeEach
    void setUp() {
        desk = new PetitionDesk(mvc, new ConsoleFixtures(sites, staffAdministration));
    }

    @Test
    void aRepeatLinkedToTheEarlierPetitionIsCountedAsARepeatNotAsReceivedAndAnAnswerInTimeIsOnTime() throws Exception {
        String first = replay.at("2026-08-03T09:00", () -> desk.visit("秦大山", "山塘水库漏水，下游农田被淹。"));
        String again = replay.at("2026-08-04T09:00", () -> desk.visit("秦大山", "水库漏水淹了我家的田，还没人管。"));
        MvcResult self = replay.at("2026-08-04T09:10", () -> desk.send(desk.officer,
                "/admin/petitions/" + again + "/repeat", Map.of("earlier", again)));
        assertThat(PetitionDesk.text(self)).contains("没有这件原信访件，或就是本件");
        replay.at("2026-08-04T09:15", () -> desk.send(desk.officer, "/admin/petitions/" + again + "/repeat",
                Map.of("earlier", first)));
        assertThat(replay.at("2026-08-04T09:20", () -> desk.page(desk.officer, again))).contains("重复件，原件 " + first);
        // it had not been taken up yet: it joins the earlier one, and its own clock stops
        assertThat(cases.findByReference("petition", again).orElseThrow().state()).isEqualTo("MERGED");

        replay.at("2026-08-05T09:00", () -> desk.step(desk.staff.handlerA, first, "ACCEPT", Map.of("text", "已受理")));
        replay.at("2026-08-20T09:00", () -> desk.step(desk.staff.handlerA, first, "ANSWER",
                Map.of("text", "已修复水库渗漏点。")));

        PetitionFigures.UnitFigures august = figures.perUnit(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31))
                .get(desk.staff.unitA());
        assertThat(august.received()).isEqualTo(1);
        assertThat(august.byChannel()).containsEntry("VISIT", 1L);
        assertThat(august.repeats()).isEqualTo(1);
        assertThat(august.accepted()).isEqualTo(1);
        assertThat(august.answered()).isEqualTo(1);
        assertThat(august.answeredOnTime()).isEqualTo(1);
        assertThat(august.onTimeShare()).isEqualTo(1.0);
    }
}
