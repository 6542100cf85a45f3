package org.zhengwu.interaction.internal.survey;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.interaction.Surveys;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * Surveys for the web tests, made through the service as the system would, and the public form as a browser sends
 * it: a form token issued a minute ago (so it is neither too fast nor forged), the CSRF token, a respondent cookie
 * and the client's address.
 */
final class SurveyFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Surveys surveys;
    private final JdbcClient jdbc;
    private final FormGuard guard;

    SurveyFixtures(Surveys surveys, JdbcClient jdbc, FieldCipher cipher) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.guard = new FormGuard(cipher.signingKey("zhengwu form guard"),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-1)), Duration.ofSeconds(3), Duration.ofHours(12));
    }

    /** An open survey that took answers since an hour ago until tomorrow: a required single choice (满意, 基本满意,
     * 不满意), an optional multiple choice of at most two (公交, 地铁, 自行车) and an optional text of at most 50. */
    long openSurvey(String title) {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        long id = surveys.create(new Surveys.NewSurvey(false, title, "清河市公共交通满意度调查", null, null,
                now.minusHours(1), now.plusDays(1), List.of(
                        new Surveys.NewQuestion("SINGLE", "您对公交服务满意吗", true, null, null, List.of("满意", "基本满意", "不满意")),
                        new Surveys.NewQuestion("MULTIPLE", "您常用的出行方式", false, 2, null, List.of("公交", "地铁", "自行车")),
                        new Surveys.NewQuestion("TEXT", "其他建议", false, null, 50, List.of()))));
        surveys.open(id);
        return id;
    }

    long question(long surveyId, int position) {
        return jdbc.sql("SELECT id FROM survey_question WHERE survey_id = ? AND position = ?").params(surveyId, position)
                .query(Long.class).single();
    }

    String option(long surveyId, String label) {
        return String.valueOf(jdbc.sql("SELECT o.id FROM survey_option o JOIN survey_question q ON q.id = o.question_id "
                + "WHERE q.survey_id = ? AND o.label = ?").params(surveyId, label).query(Long.class).single());
    }

    int responses(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(surveyId)
                .query(Integer.class).single();
    }

    /** A respondent id of the cookie's shape, new each time. */
    static String respondent() {
        String base = "r" + SEQ.incrementAndGet() + "x" + Long.toString(System.nanoTime(), 36);
        return (base + "A".repeat(43)).substring(0, 43);
    }

    /** The public form of a survey as a browser with this cookie (none when null) at this address posts it. */
    MockHttpServletRequestBuilder answer(long surveyId, String cookie, String address) {
        return answer(surveyId, cookie, address, guard.issue("survey:" + surveyId));
    }

    /** The same with this form token (empty for none). */
    MockHttpServletRequestBuilder answer(long surveyId, String cookie, String address, String token) {
        MockHttpServletRequestBuilder b = post("/hdjl/survey/" + surveyId).with(csrf())
                .param(FormGuard.TOKEN_FIELD, token).param(FormGuard.TRAP_FIELD, "")
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return cookie == null ? b : b.cookie(new Cookie(RespondentCookie.NAME, cookie));
    }
}
