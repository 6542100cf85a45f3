package org.zhengwu.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.Surveys;
import org.zhengwu.interaction.Surveys.NewQuestion;
import org.zhengwu.interaction.Surveys.NewSurvey;

/**
 * The demo city's 征集调查, made through the interaction hall's service like an administrator's: an open survey on
 * public transport with a few answers, and a solicitation on a draft dog-keeping regulation that has ended, with its
 * opinions counted and the government's feedback published. All content is invented for the fictional 清河市.
 */
@Component
class DemoSurveys {

    private final Surveys surveys;
    private final Clock clock;

    DemoSurveys(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    /** Creates both; returns how many surveys were made. */
    int create() {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        transportSurvey(now);
        dogSolicitation(now);
        return 2;
    }

    private void transportSurvey(OffsetDateTime now) {
        long id = surveys.create(new NewSurvey(false, "清河市公共交通出行满意度调查",
                "为进一步改善城市公共交通服务，市交通运输局开展本次问卷调查。问卷不记名，约需3分钟，感谢您的参与！",
                null, null, now.minusDays(7), now.plusDays(30), List.of(
                new NewQuestion("SINGLE", "您最常使用的出行方式", true, null, null,
                        List.of("公交车", "地铁", "自行车或电动自行车", "私家车", "步行")),
                new NewQuestion("SINGLE", "您对全市公交服务的总体评价", true, null, null,
                        List.of("满意", "比较满意", "一般", "不满意")),
                new NewQuestion("MULTIPLE", "您希望优先改进哪些方面（最多选3项）", false, 3, null,
                        List.of("增加线路和班次", "延长夜间运营时间", "提高准点率", "改善候车设施", "优化换乘衔接")),
                new NewQuestion("TEXT", "您对公共交通的其他意见和建议", false, null, 500, List.of()))));
        surveys.open(id);
        String[][] answers = {
                {"公交车", "比较满意", "延长夜间运营时间|提高准点率", "希望12路公交晚上能开到十点以后。"},
                {"地铁", "满意", "优化换乘衔接", ""},
                {"自行车或电动自行车", "一般", "改善候车设施|增加线路和班次", "新区的公交站台缺少遮雨棚。"},
                {"公交车", "不满意", "提高准点率", ""},
        };
        record(id, "demo-transport-", answers);
    }

    private void dogSolicitation(OffsetDateTime now) {
        long id = surveys.create(new NewSurvey(true, "《清河市城区养犬管理规定（征求意见稿）》公开征求意见",
                "为规范城区养犬行为，保障公民人身安全和环境卫生，市公安局会同市城市管理局起草了《清河市城区养犬管理规定"
                        + "（征求意见稿）》，现向社会公开征求意见。",
                "第一条 为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，制定本规定。\n"
                        + "第二条 本规定适用于本市城区范围内的养犬及相关管理活动。\n"
                        + "第三条 城区实行养犬登记制度。个人养犬应当向居住地派出所申请办理养犬登记。\n"
                        + "第四条 携犬出户时，应当为犬只束犬链，由完全民事行为能力人牵领，并及时清除犬只排泄物。",
                null, now.minusDays(40), now.plusDays(1), List.of(
                new NewQuestion("SINGLE", "您是否赞成在城区实行养犬登记制度", true, null, null,
                        List.of("赞成", "基本赞成", "不赞成")),
                new NewQuestion("TEXT", "您的意见和建议", true, null, 2000, List.of()))));
        surveys.open(id);
        String[][] answers = {
                {"赞成", "建议明确犬链的长度，比如不超过1.5米。"},
                {"赞成", "希望在公园设置专门的遛狗区域。"},
                {"基本赞成", "登记手续要简便，最好能在网上办理。"},
                {"不赞成", "登记收费会增加养犬人负担，建议免费登记。"},
                {"赞成", "对不清理犬只粪便的行为要有明确的处罚标准。"},
                {"基本赞成", "老年人养犬较多，宣传时要照顾到他们。"},
        };
        record(id, "demo-dogs-", answers);
        surveys.close(id);
        surveys.publishResults(id, "征求意见期间，共收到社会公众意见6条。经认真研究，采纳意见4条：一是在第四条中明确犬链长度不超过"
                + "1.5米；二是增加“鼓励在公园等公共场所设置犬只活动区域”的规定；三是养犬登记实行网上办理；四是对未及时清除犬只"
                + "排泄物的行为明确处罚标准。关于免费登记的意见，登记不收取费用，已在规定中写明。感谢大家的关心和支持！");
    }

    private void record(long id, String prefix, String[][] answers) {
        for (int i = 0; i < answers.length; i++) {
            List<List<String>> one = new java.util.ArrayList<>();
            for (String a : answers[i]) {
                one.add(a.isEmpty() ? List.of() : List.of(a.split("\\|")));
            }
            surveys.recordResponse(id, prefix + i, one);
        }
    }
}
