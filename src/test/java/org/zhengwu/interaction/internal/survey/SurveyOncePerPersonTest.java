package org.zhengwu.interaction.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.interaction.Surveys;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.abuse.SubmissionThrottle;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * Survey once-per-person: a browser answers once (its cookie; the unique constraint decides a race), a made-up cookie
 * is just another respondent, one address is capped per survey, and the public form refuses what it must — a
 * required question left empty, the trap field, an answer after the end — changing nothing.
 */
@ZhengwuTest
class SurveyOncePerPersonTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyResponses responses;
    @Autowired
    SubmissionThrottle throttle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    SurveyFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SurveyFixtures(surveys, jdbc, cipher);
    }

    private String satisfied(long id) {
        return "q" + fixtures.question(id, 0);
    }

    /** Issue 12's "too fast": the form shown again keeps the posted token, so the time on it keeps counting. */
    @Test
    void aFormShownAgainAfterARefusalKeepsItsToken() throws Exception {
        long id = fixtures.openSurvey("再次显示的表单");
        String shown = mvc.perform(get("/hdjl/survey/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = shown.replaceAll("(?s).*name=\"_form\" value=\"([^\"]+)\".*", "$1");
        String again = mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.30", token))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("提交过快")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again.replaceAll("(?s).*name=\"_form\" value=\"([^\"]+)\".*", "$1")).isEqualTo(token);
    }

    @Test
    void theSameBrowserAnsweringTwiceIsRefusedAndOneResponseIsKept() throws Exception {
        long id = fixtures.openSurvey("同一浏览器两次作答");
        String cookie = SurveyFixtures.respondent();
        mvc.perform(fixtures.answer(id, cookie, "203.0.113.10").param(satisfied(id), fixtures.option(id, "满意")))
                .andExpect(status().isSeeOther());
        mvc.perform(fixtures.answer(id, cookie, "203.0.113.10").param(satisfied(id), fixtures.option(id, "不满意")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("您已参加过本次调查")))
                .andExpect(content().string(not(containsString("<form method=\"post\""))));
        assertThat(fixtures.responses(id)).isEqualTo(1);
        mvc.perform(get("/hdjl/survey/" + id).cookie(new Cookie(RespondentCookie.NAME, cookie)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您已参加过本次调查")))
                .andExpect(content().string(not(containsString("<form method=\"post\""))));
    }

    @Test
    void aMadeUpCookieIsJustAnotherRespondentAndAMalformedOneIsReplaced() throws Exception {
        long id = fixtures.openSurvey("伪造的浏览器标识");
        mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.20")
                        .param(satisfied(id), fixtures.option(id, "满意")))
                .andExpect(status().isSeeOther());
        mvc.perform(fixtures.answer(id, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "203.0.113.20")
                        .param(satisfied(id), fixtures.option(id, "满意")))
                .andExpect(status().isSeeOther());
        mvc.perform(fixtures.answer(id, "x'; DROP TABLE survey_response; --", "203.0.113.20")
                        .param(satisfied(id), fixtures.option(id, "满意")))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Set-Cookie", containsString(RespondentCookie.NAME + "=")));
        assertThat(fixtures.responses(id)).isEqualTo(3);
    }

    @Test
    void oneAddressIsCappedPerSurveyAgainstClearingTheCookie() throws Exception {
        long id = fixtures.openSurvey("同一地址的上限");
        int before = throttle.limit(1000);
        try {
            for (int i = 0; i < 20; i++) {
                mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.30")
                                .param(satisfied(id), fixtures.option(id, "满意")))
                        .andExpect(status().isSeeOther());
            }
            long seq = new AuditRecords(jdbc).lastSeq();
            mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.30")
                            .param(satisfied(id), fixtures.option(id, "满意")))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().string(containsString("答卷已达上限")));
            assertThat(new AuditRecords(jdbc).since(seq)).extracting(AuditRecords.Row::action)
                    .containsExactly("survey.answer.address-cap");
            mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.31")
                            .param(satisfied(id), fixtures.option(id, "满意")))
                    .andExpect(status().isSeeOther());
        } finally {
            throttle.limit(before);
        }
        assertThat(fixtures.responses(id)).isEqualTo(21);
    }

    @Test
    void twoAnswersFromTheSameBrowserAtOnceStoreOne() throws Exception {
        long id = fixtures.openSurvey("同时提交");
        String cookie = SurveyFixtures.respondent();
        Map<Long, List<String>> sent = Map.of(fixtures.question(id, 0), List.of(fixtures.option(id, "满意")));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return responses.respond(id, cookie, "203.0.113.40", sent).accepted() ? "stored" : "invalid";
                } catch (RuleViolation e) {
                    return e.key();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(results).containsOnlyOnce("stored").filteredOn(r -> !r.equals("stored"))
                .containsOnly("survey.answer.already");
        assertThat(fixtures.responses(id)).isEqualTo(1);
    }

    @Test
    void aRequiredQuestionLeftEmptyIsNamedBesideItAndTheOtherAnswersAreKept() throws Exception {
        long id = fixtures.openSurvey("必答题未答");
        String q1 = satisfied(id);
        String q2 = "q" + fixtures.question(id, 1);
        String q3 = "q" + fixtures.question(id, 2);
        String bus = fixtures.option(id, "公交");
        mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.50")
                        .param(q2, bus, fixtures.option(id, "地铁"), fixtures.option(id, "自行车"))
                        .param(q3, "晚上<script>alert(1)</script>班次太少"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("提交未成功，请修改以下2处问题：")))
                .andExpect(content().string(containsString("<a href=\"#" + q1 + "\">第1题“您对公交服务满意吗”为必答题，请作答</a>")))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"" + q2 + "-error\">第2题“您常用的出行方式”最多选2项，您选了3项</p>")))
                .andExpect(content().string(containsString("aria-describedby=\"" + q2 + "-hint " + q2 + "-error\"")))
                .andExpect(content().string(containsString("value=\"" + bus + "\" checked")))
                .andExpect(content().string(containsString("晚上&lt;script&gt;alert(1)&lt;/script&gt;班次太少</textarea>")));
        assertThat(fixtures.responses(id)).isZero();
    }

    @Test
    void theTrapFieldAMissingTokenAndAnAnswerAfterTheEndChangeNothing() throws Exception {
        long id = fixtures.openSurvey("反滥用与截止");
        mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.60")
                        .param(FormGuard.TRAP_FIELD, "http://spam.example").param(satisfied(id), fixtures.option(id, "满意")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请不要填写标明“请勿填写”的栏目")));
        mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.60", "")
                        .param(satisfied(id), fixtures.option(id, "满意")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表单缺少校验信息")));
        mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.60", "lz3k0.forgedforgedforgedforgedforged")
                        .param(satisfied(id), fixtures.option(id, "满意")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表单校验信息无效")));
        surveys.close(id);
        mvc.perform(fixtures.answer(id, SurveyFixtures.respondent(), "203.0.113.60")
                        .param(satisfied(id), fixtures.option(id, "满意")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("本次调查已经结束，不再接受作答")));
        assertThat(fixtures.responses(id)).isZero();
        mvc.perform(get("/hdjl/survey/" + id + "/results")).andExpect(status().isNotFound());
        mvc.perform(get("/hdjl/survey/abc")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("该征集调查不存在或尚未发布")));
    }
}
