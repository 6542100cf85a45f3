package org.zhengwu.petitions.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.zhengwu.petitions.SamplePetitions;
import org.zhengwu.petitions.internal.PetitionFlow.Step;
import org.zhengwu.platform.ApplicationClock;

/**
 * {@link SamplePetitions} for the demo city 清河市: eleven petitions through the real commands at earlier moments of
 * the application clock (so every date and deadline is right today) — one in every state, one being handled past its
 * due day, one answered late — and three key cases with their county leaders, visits, meetings and monthly reports.
 * Names, ID numbers and phones are invented (the ID numbers' check characters are right).
 */
@Service
class DemoPetitions implements SamplePetitions {

    private final PetitionRegistration registration;
    private final PetitionSteps steps;
    private final KeyCases keyCases;
    private final ApplicationClock clock;

    DemoPetitions(PetitionRegistration registration, PetitionSteps steps, KeyCases keyCases, ApplicationClock clock) {
        this.registration = registration;
        this.steps = steps;
        this.keyCases = keyCases;
        this.clock = clock;
    }

    @Override
    public int create(Map<String, Long> units) {
        Long town = units.get("cgz");
        Long env = units.get("sthjj");
        Long edu = units.get("jyj");
        Long above = units.get("szfbgt");
        if (town == null || env == null || edu == null || above == null) {
            return 0;
        }
        at(3, () -> register("VISIT", "LAND", town, "刘桂兰", "11010519491231002X", "东街村土地承包经营权证登记面积与实际不符，请求更正。", false));
        String declined = at(20, () -> register("PHONE", "OTHER", edu, "陈国强", null, "要求撤换孩子所在班级的班主任。", false));
        at(15, () -> steps.take(declined, Step.DECLINE, "该事项属学校内部管理，已告知向学校或区教育局反映。", null));
        String handling = at(30, () -> register("LETTER", "ENVIRONMENT", env, "吴海燕", null, "河西化工厂夜间排放异味，影响周边居民休息。", false));
        at(25, () -> steps.take(handling, Step.ACCEPT, "已受理，将在60日内书面答复。", null));
        String overdue = at(80, () -> register("VISIT", "LAND", town, "孙有田", "110105195003150019", "征地拆迁安置房迟迟未交付，已多次上访。", true));
        at(75, () -> steps.take(overdue, Step.ACCEPT, "已受理，县住建局牵头办理。", null));
        String answered = at(50, () -> register("TRANSFER", "HOUSING", town, "周建华", null, "老旧小区改造后雨水管网堵塞。", false));
        at(45, () -> steps.take(answered, Step.ACCEPT, "已受理。", null));
        at(10, () -> steps.take(answered, Step.ANSWER, "已疏通雨水管网并纳入日常巡查。", null));
        String late = at(90, () -> register("LETTER", "LABOUR", edu, "郑小梅", null, "代课教师社保补缴问题。", false));
        at(88, () -> steps.take(late, Step.ACCEPT, "已受理。", null));
        at(20, () -> steps.take(late, Step.ANSWER, "已按政策为2015年以来的代课年限补缴养老保险。", null));
        String reviewing = at(100, () -> register("VISIT", "ENVIRONMENT", env, "何志明", null, "养殖场粪污直排村内沟渠。", false));
        at(98, () -> steps.take(reviewing, Step.ACCEPT, "已受理。", null));
        at(40, () -> steps.take(reviewing, Step.ANSWER, "已责令养殖场整改并罚款。", null));
        at(10, () -> steps.take(reviewing, Step.REQUEST_REVIEW, "整改后仍有直排，请求复查。", above));
        String reviewed = at(110, () -> register("PHONE", "CONDUCT", town, "冯丽", null, "反映村干部优亲厚友评定低保。", false));
        at(108, () -> steps.take(reviewed, Step.ACCEPT, "已受理。", null));
        at(50, () -> steps.take(reviewed, Step.ANSWER, "经核查，两户不符合条件已取消低保。", null));
        at(30, () -> steps.take(reviewed, Step.REQUEST_REVIEW, "对处理结果不满意。", above));
        at(5, () -> steps.take(reviewed, Step.REVIEW_OPINION, "维持原处理意见。", null));
        String ended = at(150, () -> register("VISIT", "LAW", town, "褚卫东", null, "宅基地纠纷，对镇政府处理决定不服。", false));
        at(148, () -> steps.take(ended, Step.ACCEPT, "已受理。", null));
        at(100, () -> steps.take(ended, Step.ANSWER, "维持镇政府确权决定。", null));
        at(90, () -> steps.take(ended, Step.REQUEST_REVIEW, "请求复查。", above));
        at(70, () -> steps.take(ended, Step.REVIEW_OPINION, "复查维持。", null));
        at(60, () -> steps.take(ended, Step.REQUEST_REEXAMINATION, "请求复核。", above));
        at(40, () -> steps.take(ended, Step.REEXAMINATION_OPINION, "复核维持；本事项终结，不再受理。", null));
        String concluded = at(70, () -> register("LETTER", "HEALTH", edu, "卫小红", null, "学校食堂饭菜质量差。", false));
        at(68, () -> steps.take(concluded, Step.ACCEPT, "已受理。", null));
        at(30, () -> steps.take(concluded, Step.ANSWER, "已更换配餐企业并建立家长陪餐制度。", null));
        at(1, () -> steps.take(concluded, Step.CONCLUDE, "信访人表示满意，办结。", null));
        String collective = at(6, () -> register("VISIT", "LABOUR", town, "蒋大勇", "110105196804220018", "工地拖欠32名农民工工资。", true));

        keyCase(overdue, "王建军", "副市长", town, "市住建局牵头，春节前完成安置房验收交付。", 70, "STABLE");
        keyCase(ended, "李卫国", "市政府秘书长", town, "镇政府与司法所联合调解，落实困难救助。", 100, "CLOSED");
        keyCase(collective, "王建军", "副市长", town, "人社部门督促总包单位垫付工资，公安依法处置恶意欠薪。", 5, "OPEN");
        return 11;
    }

    private String register(String channel, String category, long unit, String name, String idNumber, String matter,
                            boolean skipping) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("channel", channel);
        f.put("category", category);
        f.put("matter", matter);
        f.put("place", "清河市");
        f.put("unitId", String.valueOf(unit));
        f.put("name1", name);
        f.put("idNumber1", idNumber == null ? "" : idNumber);
        f.put("phone1", "139" + String.format("%08d", Math.abs(name.hashCode()) % 100_000_000));
        f.put("transferNumber", "TRANSFER".equals(channel) ? "省信访局转 2026-0815" : "");
        f.put("skipping", skipping ? "yes" : "");
        if (name.equals("蒋大勇")) {
            f.put("count", "32");
        }
        return registration.register(f);
    }

    /** A key case marked {@code daysAgo} days ago, with a visit, a meeting and a report for each month since. */
    private void keyCase(String reference, String leader, String title, long unit, String plan, int daysAgo,
                         String resolution) {
        at(daysAgo, () -> {
            keyCases.mark(reference, Map.of("leaderName", leader, "leaderTitle", title,
                    "keyUnitId", String.valueOf(unit), "plan", plan));
            return null;
        });
        LocalDate marked = LocalDate.now(clock).minusDays(daysAgo);
        at(Math.max(0, daysAgo - 2), () -> record(reference, "VISIT", marked.plusDays(2), leader + "、责任单位负责人",
                "到信访人家中走访，听取诉求，说明处理方案"));
        if (daysAgo > 20) {
            at(daysAgo - 20, () -> record(reference, "MEETING", marked.plusDays(20), leader + "、相关部门",
                    "召开协调会，明确责任分工和完成时限"));
        }
        YearMonth first = YearMonth.from(marked);
        YearMonth now = YearMonth.now(clock);
        for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
            YearMonth month = m;
            boolean last = m.equals(now);
            String r = last ? resolution : "STABLE";
            at(0, () -> {
                keyCases.report(reference, Map.of("month", month.toString(), "progress",
                        last ? "按方案推进，本月进展见工作记录。" : "信访人情绪稳定，按计划推进。", "resolution", r));
                return null;
            });
        }
    }

    private Object record(String reference, String kind, LocalDate on, String who, String what) {
        keyCases.record(reference, Map.of("kind", kind, "on", on.toString(), "who", who, "what", what));
        return null;
    }

    /** Runs the step as if it were {@code daysAgo} days ago at ten in the morning (or now, for today). */
    private <T> T at(int daysAgo, Supplier<T> step) {
        Instant now = clock.instant();
        Instant when = daysAgo == 0 ? now : now.minus(Duration.ofDays(daysAgo));
        return clock.asOf(when, step);
    }
}
