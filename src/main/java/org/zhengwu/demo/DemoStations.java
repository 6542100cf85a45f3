package org.zhengwu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.supervision.SampleStations;

/**
 * The demo city's rural e-commerce stations: the center (with the development and reform commission), three township
 * stations and five village points, their "十个一" checklists partly done, two months of reports (the earlier month
 * approved, the later one with two stations missing) and some market information. Operators, phones, addresses and
 * figures are invented.
 */
@Component
class DemoStations {

    private static final List<String> ALL = List.of("代购代销", "快递收发", "便民缴费", "农产品上行", "金融服务");
    private static final List<String> VILLAGE = List.of("代购代销", "快递收发", "便民缴费");
    private static final List<String> CHECKS = List.of("一块标牌", "一组货架", "一台电脑", "一块显示屏", "一部电话",
            "一台打印机", "一套制度上墙", "一名专职人员", "一条宽带网络", "一个快递收发点");

    private final SampleStations samples;
    private final Clock clock;

    DemoStations(SampleStations samples, Clock clock) {
        this.samples = samples;
        this.clock = clock;
    }

    /** Creates the stations of the units with these codes, where the demo has them. */
    void create(Map<String, Long> units) {
        Long fgw = units.get("fgw");
        Long cgz = units.get("cgz");
        Long hxjd = units.get("hxjd");
        Long sqz = units.get("sqz");
        if (fgw == null || cgz == null || hxjd == null || sqz == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth first = YearMonth.from(today).minusMonths(2);
        YearMonth second = first.plusMonths(1);
        long center = samples.station("COUNTY", null, "清河市电子商务公共服务中心", fgw, "城关镇", null, "赵示例",
                "13800000001", "清河市人民路88号电商产业园（示例）", "36.651216", "117.120095", today.minusYears(3), ALL, first);
        long guan = township(center, "城关镇电商服务站", cgz, "城关镇", "钱示例", "13800000002", "城关镇府前街12号（示例）",
                "36.662100", "117.101200", first);
        long hexi = township(center, "河西街道电商服务站", hxjd, "河西街道", "孙示例", "13800000003", "河西街道滨河路6号（示例）",
                "36.640500", "117.080300", first);
        long shiqiao = township(center, "石桥镇电商服务站", sqz, "石桥镇", "李示例", "13800000004", "石桥镇中心街21号（示例）",
                "36.702300", "117.203400", first);
        long dongguan = village(guan, "城关镇东关村服务点", cgz, "城关镇", "东关村", "周示例", "13800000011", "36.665000",
                "117.110000", first);
        long wangzhuang = village(guan, "城关镇王庄村服务点", cgz, "城关镇", "王庄村", "吴示例", "13800000012", "36.671000",
                "117.095000", first);
        long liulin = village(hexi, "河西街道柳林村服务点", hxjd, "河西街道", "柳林村", "郑示例", "13800000013", "36.632000",
                "117.071000", first);
        long taoyuan = village(shiqiao, "石桥镇桃园村服务点", sqz, "石桥镇", "桃园村", "王示例", "13800000014", "36.710000",
                "117.215000", first);
        long lijia = village(shiqiao, "石桥镇李家村服务点", sqz, "石桥镇", "李家村", "冯示例", "13800000015", "36.695000",
                "117.221000", first);

        ticks(center, 10);
        ticks(guan, 8);
        ticks(hexi, 7);
        ticks(shiqiao, 5);
        ticks(dongguan, 4);
        ticks(wangzhuang, 2);
        ticks(liulin, 3);
        ticks(taoyuan, 1);

        report(center, first, 1200, "86.50", 5400, 3100, "32.80", true);
        report(guan, first, 860, "41.20", 3900, 1800, "18.60", true);
        report(hexi, first, 640, "30.75", 2800, 1500, "12.40", true);
        report(shiqiao, first, 510, "22.30", 2100, 1600, "15.90", true);
        report(dongguan, first, 210, "6.40", 900, 320, "2.10", true);
        report(wangzhuang, first, 150, "4.80", 620, 210, "1.60", true);
        report(liulin, first, 180, "5.20", 700, 260, "1.90", true);
        report(taoyuan, first, 120, "3.90", 480, 350, "2.80", true);
        report(lijia, first, 90, "2.70", 400, 180, "1.20", true);

        report(center, second, 1350, "95.10", 5900, 3600, "38.20", false);
        report(guan, second, 910, "44.80", 4100, 2000, "20.30", false);
        report(hexi, second, 700, "33.10", 3000, 1650, "13.70", false);
        report(shiqiao, second, 560, "25.60", 2300, 1900, "18.40", false);
        report(dongguan, second, 230, "7.10", 950, 360, "2.40", false);
        report(liulin, second, 190, "5.50", 730, 280, "2.00", false);
        report(taoyuan, second, 140, "4.30", 510, 420, "3.30", false);
        // 城关镇王庄村服务点 and 石桥镇李家村服务点 have not reported the later month

        samples.market(guan, "红富士苹果", "3.20", "斤", "20000", today.minusDays(12));
        samples.market(shiqiao, "黄桃", "4.50", "斤", "8000", today.minusDays(9));
        samples.market(taoyuan, "黄桃", "4.20", "斤", "3000", today.minusDays(8));
        samples.market(hexi, "小米", "7.80", "公斤", "5000", today.minusDays(5));
        samples.market(dongguan, "土鸡蛋", "45.00", "箱", "300", today.minusDays(2));
    }

    private long township(long center, String name, long unit, String township, String operator, String phone,
                          String address, String lat, String lon, YearMonth from) {
        return samples.station("TOWNSHIP", center, name, unit, township, null, operator, phone, address, lat, lon,
                LocalDate.now(clock).minusYears(2), ALL, from);
    }

    private long village(long parent, String name, long unit, String township, String village, String operator,
                         String phone, String lat, String lon, YearMonth from) {
        return samples.station("VILLAGE", parent, name, unit, township, village, operator, phone,
                township + village + "村委会旁（示例）", lat, lon, LocalDate.now(clock).minusYears(1), VILLAGE, from);
    }

    private void ticks(long station, int count) {
        CHECKS.stream().limit(count).forEach(item -> samples.tick(station, item));
    }

    private void report(long station, YearMonth month, int transactions, String sales, int in, int out,
                        String farmSales, boolean approve) {
        samples.report(station, month, Map.of("transactions", String.valueOf(transactions), "sales", sales,
                "parcels-in", String.valueOf(in), "parcels-out", String.valueOf(out), "farm-sales", farmSales), approve);
    }
}
