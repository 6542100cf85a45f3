package org.zhengwu.interaction.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.interaction.Surveys;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/**
 * The whole path through the pages: the dispatcher creates a survey with three questions and opens it, two citizens
 * answer, the survey is closed, the feedback written and the results published; the public results page shows the
 * counts in a table and a chart that is a PNG — and before publication there were no results to see.
 */
@ZhengwuTest
class SurveyJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteAdministration sites;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    SurveyFixtures fixtures;
    StaffUser dispatcher;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        fixtures = new SurveyFixtures(surveys, jdbc, cipher);
        dispatcher = new ConsoleFixtures(sites, staff).staff(StaffRole.DISPATCHER, null);
        audit = new AuditRecords(jdbc);
    }

    @Test
    void createOpenAnswerCloseAndPublishTheResultsWithTableAndChart() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        String created = mvc.perform(post("/admin/surveys").with(as(dispatcher)).with(csrf())
                        .param("kind", "SURVEY").param("title", "清河市公交出行调查")
                        .param("introduction", "为改进公交服务，请您抽出两分钟填写。")
                        .param("opensAt", SurveyTimes.field(now.minusHours(1)))
                        .param("closesAt", SurveyTimes.field(now.plusDays(3))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring("/admin/surveys/".length()));
        mvc.perform(post("/admin/surveys/" + id + "/questions").with(as(dispatcher)).with(csrf())
                        .param("kind", "SINGLE").param("prompt", "您对公交服务满意吗").param("required", "true")
                        .param("options", "满意\n基本满意\n不满意"))
                .andExpect(redirectedUrl("/admin/surveys/" + id));
        mvc.perform(post("/admin/surveys/" + id + "/questions").with(as(dispatcher)).with(csrf())
                        .param("kind", "MULTIPLE").param("prompt", "您常用的出行方式").param("maxChoices", "2")
                        .param("options", "公交\n地铁\n自行车"))
                .andExpect(redirectedUrl("/admin/surveys/" + id));
        mvc.perform(post("/admin/surveys/" + id + "/questions").with(as(dispatcher)).with(csrf())
                        .param("kind", "TEXT").param("prompt", "其他建议").param("maxLength", "200"))
                .andExpect(redirectedUrl("/admin/surveys/" + id));
        mvc.perform(get("/hdjl/survey/" + id)).andExpect(status().isNotFound()); // a draft is nobody's business
        mvc.perform(post("/admin/surveys/" + id + "/open").with(as(dispatcher)).with(csrf()))
                .andExpect(redirectedUrl("/admin/surveys/" + id));

        mvc.perform(get("/hdjl/survey/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", containsString("HttpOnly")))
                .andExpect(header().string("Set-Cookie", containsString("SameSite=Lax")))
                .andExpect(content().string(containsString("<legend class=\"survey-prompt\">1. 您对公交服务满意吗（必答）</legend>")))
                .andExpect(content().string(containsString("可选多项，最多选2项")))
                .andExpect(content().string(containsString("<label for=\"q" + fixtures.question(id, 2) + "\" class=\"survey-prompt\">3. 其他建议（选答）</label>")));
        mvc.perform(get("/hdjl/survey/" + id + "/results")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("结果尚未公布")));
        mvc.perform(get("/hdjl/survey/" + id + "/results/" + fixtures.question(id, 0) + ".png"))
                .andExpect(status().isNotFound());

        long q1 = fixtures.question(id, 0);
        long q2 = fixtures.question(id, 1);
        long q3 = fixtures.question(id, 2);
        mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "198.51.100.1")
                        .param("q" + q1, fixtures.option(id, "满意"))
                        .param("q" + q2, fixtures.option(id, "公交"), fixtures.option(id, "地铁"))
                        .param("q" + q3, "希望增加夜班车"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/hdjl/survey/" + id + "/thanks"));
        mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "198.51.100.2")
                        .param("q" + q1, fixtures.option(id, "不满意"))
                        .param("q" + q2, fixtures.option(id, "公交")))
                .andExpect(status().isSeeOther());
        assertThat(fixtures.responses(id)).isEqualTo(2);

        mvc.perform(post("/admin/surveys/" + id + "/publish").with(as(dispatcher)).with(csrf()).param("feedback", "太早"))
                .andExpect(redirectedUrl("/admin/surveys/" + id))
                .andExpect(flash().attribute("error", "征集结束后才能公布结果"));
        mvc.perform(post("/admin/surveys/" + id + "/close").with(as(dispatcher)).with(csrf()))
                .andExpect(redirectedUrl("/admin/surveys/" + id));
        mvc.perform(post("/admin/surveys/" + id + "/publish").with(as(dispatcher)).with(csrf())
                        .param("feedback", "感谢参与。我们将在明年一季度增开三条夜班公交线路。"))
                .andExpect(redirectedUrl("/admin/surveys/" + id));

        String chart = "/hdjl/survey/" + id + "/results/" + q1 + ".png";
        mvc.perform(get("/hdjl/survey/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("参与人数：2人。")))
                .andExpect(content().string(containsString("<caption>第1题统计（2人作答）</caption>")))
                .andExpect(content().string(containsString("<tr><th scope=\"row\">A. 满意</th><td>1</td><td>50%</td></tr>")))
                .andExpect(content().string(containsString("<tr><th scope=\"row\">B. 基本满意</th><td>0</td><td>0%</td></tr>")))
                .andExpect(content().string(containsString("<tr><th scope=\"row\">A. 公交</th><td>2</td><td>100%</td></tr>")))
                .andExpect(content().string(containsString("src=\"" + chart + "\"")))
                .andExpect(content().string(containsString("alt=\"第1题统计柱状图。A 满意：1人，50%；B 基本满意：0人，0%；C 不满意：1人，50%\"")))
                .andExpect(content().string(containsString("文字题，共收到1条回答。")))
                .andExpect(content().string(containsString("增开三条夜班公交线路")))
                .andExpect(content().string(not(containsString("希望增加夜班车")))); // the written answers stay inside
        byte[] png = mvc.perform(get(chart)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        mvc.perform(get("/zh-hant/hdjl/survey/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("參與人數：2人")))
                .andExpect(content().string(containsString("您對公交服務滿意嗎")));
        mvc.perform(get("/hdjl/survey")).andExpect(status().isOk())
                .andExpect(content().string(containsString("清河市公交出行调查")))
                .andExpect(content().string(containsString("href=\"/hdjl/survey/" + id + "/results\"")));

        for (String action : new String[] {"survey.create", "survey.question.add", "survey.open", "survey.close",
                "survey.publish-results"}) {
            assertThat(audit.last(action, id)).as(action).hasValueSatisfying(r -> {
                assertThat(r.outcome()).isEqualTo("DONE");
                assertThat(r.actorRole()).isEqualTo("DISPATCHER");
            });
        }
    }
}
