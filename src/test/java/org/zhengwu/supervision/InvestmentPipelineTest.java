package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.supervision.internal.investment.InvestmentBoard;
import org.zhengwu.supervision.internal.investment.Projects;
import org.zhengwu.supervision.internal.investment.Stage;
import org.zhengwu.supervision.internal.investment.Standings;

/**
 * Half a year of the investment pipeline on H2 and PostgreSQL, the clock moved to each step's day: unit A's battery
 * project goes from 线索 to 投产 with its funds in place month by month, a second project of A is signed at once,
 * unit B signs one project and starts it without registering first, and B's old lead stalls. The dashboard's
 * 序时进度, completion rates, three rates and ranking are the ones worked out by hand in the sentences below.
 */
@ZhengwuTest
class InvestmentPipelineTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    Projects projects;
    @Autowired
    InvestmentBoard board;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.zhengwu.sites.SiteDirectory sites;

    StaffUser supervisor;
    SupervisionDesk.UnitStaff a;
    SupervisionDesk.UnitStaff b;

    @BeforeEach
    void setUp() {
        supervisor = desk.supervisor();
        a = desk.unit();
        b = desk.unit();
    }

    private long create(SupervisionDesk.UnitStaff u, String at, String name, String stage, String on, String evidence) {
        return desk.at(at, u.editor(), () -> projects.create(Map.of("name", name, "investor", name + "投资方",
                "industry", "新能源", "source", "省外", "amount", "50000", "leader", "王副县长", "stage", stage,
                "stageOn", on, "evidence", evidence)));
    }

    private void advance(SupervisionDesk.UnitStaff u, long id, Stage stage, String on, String evidence) {
        desk.at(on + "T16:00", u.handler(), () -> projects.advance(id, stage.name(), on, evidence));
    }

    private void month(SupervisionDesk.UnitStaff u, long id, String month, String contracted, String inPlace) {
        desk.at("2025-06-30T17:00", u.editor(), () -> projects.recordMonth(id, month, contracted, inPlace));
    }

    private String page(String url, StaffUser who) throws Exception {
        return mvc.perform(get(url).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aProjectGoesFromLeadToProductionAndTheBoardAddsUpAsWorkedOutByHand() throws Exception {
        desk.at("2025-01-05T09:00", supervisor, () -> {
            board.setTarget(a.unitId(), "2025", "4", "10000", "6000", "2");
            board.setTarget(b.unitId(), "2025", "2", "5000", "4000", "1");
        });
        // B's lead of 1 November 2024 never moves: six months later, on 1 May 2025, it is stalled.
        long old = create(b, "2024-11-01T10:00", "旧线索项目", "LEAD", "2024-11-01", "客商来访");
        long battery = create(a, "2025-01-10T10:00", "新能源电池项目", "LEAD", "2025-01-10", "招商推介会线索");
        advance(a, battery, Stage.NEGOTIATING, "2025-02-03", "第一次洽谈纪要");
        advance(a, battery, Stage.SIGNED, "2025-03-15", "合同编号 ZS-2025-001");
        advance(a, battery, Stage.REGISTERED, "2025-04-02", "营业执照");
        advance(a, battery, Stage.STARTED, "2025-05-20", "施工许可证");
        advance(a, battery, Stage.PRODUCING, "2025-06-18", "试生产报告");
        long signedAtOnce = create(a, "2025-02-10T10:00", "冷链物流园", "SIGNED", "2025-02-10", "合同编号 ZS-2025-002");
        long bSigned = create(b, "2025-04-08T10:00", "农产品加工厂", "SIGNED", "2025-04-08", "合同编号 ZS-2025-101");
        advance(b, bSigned, Stage.STARTED, "2025-06-01", "开工仪式");

        month(a, battery, "2025-03", "8000", "1000");
        // April entered wrongly first, then again: the board adds up the second entry only.
        month(a, battery, "2025-04", "600", "900");
        month(a, battery, "2025-04", "0", "2000");
        month(a, battery, "2025-05", "0", "1500");
        month(a, battery, "2025-06", "0", "500");
        month(a, signedAtOnce, "2025-02", "2000", "400");
        month(b, bSigned, "2025-04", "3000", "2400");

        // Unit B's staff may not touch A's project, nor the supervisor enter its months.
        assertThatThrownBy(() -> desk.at("2025-06-30T10:00", b.editor(),
                () -> projects.recordMonth(battery, "2025-06", "1", "1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.at("2025-06-30T10:00", supervisor,
                () -> projects.advance(old, "NEGOTIATING", "2025-06-30", "x"))).isInstanceOf(AccessDeniedException.class);

        Projects.Page p = desk.at("2025-07-05T09:00", a.editor(), () -> projects.page(battery));
        assertThat(p.project().stage()).isEqualTo(Stage.PRODUCING);
        assertThat(p.changes()).extracting(c -> c.stage()).containsExactly(Stage.LEAD, Stage.NEGOTIATING, Stage.SIGNED,
                Stage.REGISTERED, Stage.STARTED, Stage.PRODUCING);
        assertThat(p.stalled()).isFalse();
        assertThat(desk.at("2025-07-05T09:00", b.editor(), () -> projects.page(old)).stalled()).isTrue();

        // The board of June 2025, seen on 5 July: 30 June is day 31 + 28 + 31 + 30 + 31 + 30 = 181 of 365, so the
        // 序时进度 is 181 / 365 = 49.6%.
        // A: signed 2 of 4 (50%), 合同引资 8000 + 2000 = 10000 of 10000 (100%), 到位资金 1000 + 2000 + 1500 + 500 + 400
        // = 5400 of 6000 (90%), started 1 of 2 (50%): 综合完成率 (50 + 100 + 90 + 50) / 4 = 72.5%; 履约率 1 of its 2
        // signed projects registered = 50%, 资金到位率 5400 / 10000 = 54%, 开工率 1 / 2 = 50%.
        // B: signed 1 of 2 (50%), 3000 of 5000 (60%), 2400 of 4000 (60%), started 1 of 1 (100%): (50 + 60 + 60 +
        // 100) / 4 = 67.5%; 履约率 1 / 1 = 100% (开工 counts as past 注册), 资金到位率 2400 / 3000 = 80%, 开工率 100%;
        // one stalled project. A ranks first, B second; neither is behind the 序时进度.
        Standings.Board june = desk.at("2025-07-05T09:00", supervisor, () -> board.board(YearMonth.of(2025, 6)));
        assertThat(june.schedule()).isCloseTo(181.0 / 365, within(1e-9));
        Standings.Standing ra = june.units().stream().filter(u -> u.unitId() == a.unitId()).findFirst().orElseThrow();
        Standings.Standing rb = june.units().stream().filter(u -> u.unitId() == b.unitId()).findFirst().orElseThrow();
        assertThat(ra.rank()).isEqualTo(1);
        assertThat(rb.rank()).isEqualTo(2);
        assertThat(ra.overall()).isCloseTo(0.725, within(1e-9));
        assertThat(rb.overall()).isCloseTo(0.675, within(1e-9));
        assertThat(ra.behind()).isFalse();
        assertThat(rb.stalled()).isEqualTo(1);

        String html = desk.at("2025-07-05T09:00", null, () -> {
            try {
                return page("/admin/supervision/investment/board?month=2025-06", supervisor);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(html).contains("2025年截至 2025-06-30，序时进度 49.6%。", "<svg", "序时进度 49.6%",
                "10000 / 10000（100.0%）", "5400 / 6000（90.0%）", "72.5%", "54.0%", "67.5%", "80.0%", "100.0%");

        // March 2025: 31 March is day 90, 序时进度 90 / 365 = 24.7%. B has nothing yet: 0% is behind it. A: signed 2
        // of 4 (50%), 10000 of 10000 (100%), 1400 of 6000 (23.3%), started 0 of 2: (50 + 100 + 23.33 + 0) / 4 = 43.3%.
        Standings.Board march = desk.at("2025-07-05T09:00", supervisor, () -> board.board(YearMonth.of(2025, 3)));
        assertThat(Standings.percent(march.schedule())).isEqualTo("24.7%");
        assertThat(march.units()).filteredOn(u -> u.unitId() == b.unitId()).singleElement()
                .satisfies(u -> assertThat(u.behind()).isTrue());
        assertThat(march.units()).filteredOn(u -> u.unitId() == a.unitId()).singleElement()
                .satisfies(u -> assertThat(Standings.percent(u.overall())).isEqualTo("43.3%"));

        byte[] xlsx = desk.at("2025-07-05T09:00", null, () -> {
            try {
                return mvc.perform(get("/admin/supervision/investment/ranking.xlsx").param("month", "2025-06")
                        .with(as(supervisor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row first = book.getSheet("2025年6月排名").getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(sites.unit(a.unitId()).orElseThrow().name());
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(5400.0);
            assertThat(first.getCell(6).getNumericCellValue()).isCloseTo(0.725, within(1e-9));
        }
    }

    @Test
    void aProjectWithWrongFieldsIsRefusedFieldByFieldKeepsWhatWasTypedAndStoresNothing() throws Exception {
        String html = mvc.perform(post("/admin/supervision/investment/new").with(as(a.editor())).with(csrf())
                        .param("p.name", "光伏项目").param("p.investor", "某光伏公司").param("p.industry", "新能源")
                        .param("p.source", "外星").param("p.amount", "五千").param("p.leader", "")
                        .param("p.stage", "LEAD").param("p.stageOn", "2027-13-01").param("p.evidence", "来访"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("“项目来源”只能填省外、境外、省内，“外星”不在其中。",
                "“总投资（万元）”须为不小于 0 的金额（万元），最多两位小数，“五千”不行。", "请填写“包联领导”。",
                "“阶段日期”须为日期，如 2027-03-15，“2027-13-01”不是日期。", "value=\"光伏项目\"", "href=\"#amount\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM investment_project WHERE name = '光伏项目'").query(Long.class).single())
                .isZero();

        long id = desk.at("2025-03-01T09:00", a.editor(), () -> projects.create(Map.of("name", "光伏项目",
                "investor", "某光伏公司", "industry", "新能源", "source", "境外", "amount", "12000.5", "leader", "李局长",
                "stage", "NEGOTIATING", "stageOn", "2025-02-20", "evidence", "洽谈纪要")));
        // the same investor's project of the same name again; a stage back; a month before signing
        assertThatThrownBy(() -> desk.at("2025-03-01T09:00", a.editor(), () -> projects.create(Map.of("name", "光伏项目",
                "investor", "某光伏公司", "industry", "新能源", "source", "境外", "amount", "1", "leader", "李局长",
                "stage", "LEAD", "stageOn", "2025-02-20", "evidence", "x"))))
                .hasMessageContaining("investment.project.duplicate");
        assertThatThrownBy(() -> desk.at("2025-03-02T09:00", a.editor(),
                () -> projects.advance(id, "LEAD", "2025-03-02", "x"))).hasMessageContaining("investment.stage.backward");
        String page = desk.at("2025-03-02T09:00", null, () -> {
            try {
                return mvc.perform(post("/admin/supervision/investment/" + id + "/month").with(as(a.editor()))
                                .with(csrf()).param("month", "2025-03").param("contracted", "100").param("inPlace", "-1"))
                        .andExpect(status().isBadRequest()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(page).contains("项目签约后才能填报合同引资和到位资金。", "“到位资金（万元）”须为不小于 0 的金额");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM investment_month WHERE project_id = ?").param(id).query(Long.class)
                .single()).isZero();
    }
}
