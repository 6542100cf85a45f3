package org.zhengwu.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.supervision.SampleProjects;

/**
 * The demo city's 招商引资项目库: this year's targets for three units and their projects, dated back from today —
 * one from lead to production with its funds month by month, signed and started ones, and a lead that stalled. All
 * names, investors and figures are invented.
 */
@Component
class DemoInvestment {

    private final SampleProjects samples;
    private final Clock clock;

    DemoInvestment(SampleProjects samples, Clock clock) {
        this.samples = samples;
        this.clock = clock;
    }

    /** Creates the targets and projects of the units with these codes, where the demo has them. */
    void create(Map<String, Long> units) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Long fgw = units.get("fgw");
        Long cgz = units.get("cgz");
        Long hxjd = units.get("hxjd");
        if (fgw == null || cgz == null || hxjd == null) {
            return;
        }
        samples.target(fgw, year, 6, amount(60000), amount(30000), 4);
        samples.target(cgz, year, 4, amount(20000), amount(12000), 2);
        samples.target(hxjd, year, 3, amount(15000), amount(9000), 2);

        LocalDate start = today.minusMonths(6);
        long battery = samples.project(fgw, "新能源动力电池生产基地", "示例新能源科技有限公司", "新能源", "省外",
                amount(80000), "刘副市长", "线索", start, "长三角招商推介会获得线索");
        samples.stage(battery, "洽谈", start.plusDays(20), "第一轮洽谈会议纪要");
        samples.stage(battery, "签约", start.plusMonths(1), "投资协议 QH-ZS-示例-001");
        samples.stage(battery, "注册", start.plusMonths(2), "营业执照（示例）");
        samples.stage(battery, "开工", start.plusMonths(4), "施工许可证（示例）");
        samples.stage(battery, "投产", today.minusDays(10), "首条产线试生产");
        months(battery, YearMonth.from(start.plusMonths(1)), 50000, 6000, 5000, 8000, 4000, 3000);

        long cold = samples.project(fgw, "冷链物流园", "示例供应链管理有限公司", "现代物流", "省内", amount(12000),
                "刘副市长", "签约", today.minusMonths(3), "投资协议 QH-ZS-示例-002");
        months(cold, YearMonth.from(today.minusMonths(3)), 9000, 1500, 1000);

        long food = samples.project(cgz, "绿色食品精深加工项目", "示例农业发展（香港）有限公司", "农产品加工", "境外",
                amount(15000), "陈镇长", "签约", today.minusMonths(4), "投资协议 QH-ZS-示例-101");
        samples.stage(food, "开工", today.minusMonths(1), "开工仪式");
        months(food, YearMonth.from(today.minusMonths(4)), 12000, 2000, 1800, 2500);

        samples.project(cgz, "文旅康养小镇", "示例文旅投资集团", "文化旅游", "省外", amount(50000), "陈镇长", "洽谈",
                today.minusMonths(8), "第二轮洽谈会议纪要");
        samples.project(hxjd, "社区商业综合体", "示例商业管理有限公司", "商贸服务", "省外", amount(9000), "周主任", "线索",
                today.minusMonths(1), "客商来访登记");
    }

    /** Month by month from {@code first}: the first figure is that month's 合同引资, then each month's 到位资金. */
    private void months(long project, YearMonth first, int contracted, int... inPlace) {
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < inPlace.length && !first.plusMonths(i).isAfter(now); i++) {
            samples.month(project, first.plusMonths(i), amount(i == 0 ? contracted : 0), amount(inPlace[i]));
        }
    }

    private static BigDecimal amount(int value) {
        return BigDecimal.valueOf(value);
    }
}
