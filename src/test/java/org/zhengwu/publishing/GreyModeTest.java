package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.zhengwu.ConsoleFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.platform.RuleViolation;

@ZhengwuTest
class GreyModeTest {

    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    org.zhengwu.sites.SiteAdministration sites;
    @Autowired
    org.zhengwu.accounts.StaffAdministration staffAccounts;
    private org.zhengwu.accounts.internal.StaffUser administrator;

    /** A real site-group administrator: the publishing console is for administrators only. */
    private org.zhengwu.accounts.internal.StaffUser administrator() {
        if (administrator == null) {
            administrator = new org.zhengwu.ConsoleFixtures(sites, staffAccounts).administrator();
        }
        return administrator;
    }

    @Autowired
    GreyMode grey;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void switchOff() {
        grey.change("OFF", null, null, "test");
    }

    private static String at(long hoursFromNow) {
        return FORM.format(OffsetDateTime.now(CHINA).plusHours(hoursFromNow));
    }

    private String modeCss() throws Exception {
        return mvc.perform(get("/_zw/mode.css")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/css;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "private, no-cache"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theStylesheetTurnsPagesGreyOnlyWhileGreyModeIsActiveByTheClock() throws Exception {
        grey.change("OFF", null, null, "test");
        assertThat(modeCss()).doesNotContain("grayscale");
        grey.change("ON", null, null, "test");
        assertThat(modeCss()).contains("filter:grayscale(100%)");
        grey.change("SCHEDULED", at(-1), at(1), "test");
        assertThat(modeCss()).contains("grayscale");
        grey.change("SCHEDULED", at(24), at(48), "test");
        assertThat(modeCss()).doesNotContain("grayscale");
    }

    @Test
    void aScheduleCoversItsStartButNotItsEnd() {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-13T00:00+08:00");
        GreyModeSetting s = new GreyModeSetting(GreyModeSetting.Mode.SCHEDULED, start, start.plusDays(1), null, null);
        assertThat(s.activeAt(start.minusSeconds(1).toInstant())).isFalse();
        assertThat(s.activeAt(start.toInstant())).isTrue();
        assertThat(s.activeAt(start.plusHours(23).toInstant())).isTrue();
        assertThat(s.activeAt(start.plusDays(1).toInstant())).isFalse();
        assertThat(new GreyModeSetting(GreyModeSetting.Mode.OFF, start, start.plusDays(1), null, null).activeAt(start.toInstant())).isFalse();
        assertThat(new GreyModeSetting(GreyModeSetting.Mode.ON, null, null, null, null).activeAt(Instant.EPOCH)).isTrue();
    }

    @Test
    void aWrongScheduleIsRefusedWithAClearReasonAndNothingIsSaved() {
        grey.change("ON", null, null, "before");
        GreyModeSetting before = grey.setting();
        assertRefused("SCHEDULED", at(2), at(1), "publishing.grey.end.before-start");
        assertRefused("SCHEDULED", at(2), at(2), "publishing.grey.end.before-start");
        assertRefused("SCHEDULED", "2026-02-30 10:00", at(5), "publishing.grey.start.invalid");
        assertRefused("SCHEDULED", at(1), "明天", "publishing.grey.end.invalid");
        assertRefused("SCHEDULED", "", at(5), "publishing.grey.start.required");
        assertRefused("SCHEDULED", at(1), " ", "publishing.grey.end.required");
        assertRefused("SCHEDULED", at(-5), at(-1), "publishing.grey.end.past");
        assertRefused("BLINK", null, null, "publishing.grey.mode.invalid");
        assertThat(grey.setting()).isEqualTo(before);
    }

    private void assertRefused(String mode, String start, String end, String key) {
        assertThatThrownBy(() -> grey.change(mode, start, end, "test")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).key()).isEqualTo(key);
    }

    @Test
    void theConsoleFormSavesAScheduleAndExplainsARefusalInChinese() throws Exception {
        String page = mvc.perform(get("/admin/publishing").with(as(administrator()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("一键置灰", "type=\"datetime-local\"", "name=\"mode\" value=\"SCHEDULED\"", "全站重新生成");

        String refused = mvc.perform(post("/admin/publishing/grey").with(as(administrator())).with(csrf())
                        .param("mode", "SCHEDULED").param("start", "2026-12-13T10:00").param("end", "2026-12-13T09:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("结束时间必须晚于开始时间", "role=\"alert\"", "value=\"2026-12-13T10:00\"");
        assertThat(grey.setting().mode()).isEqualTo(GreyModeSetting.Mode.OFF);

        String unreal = mvc.perform(post("/admin/publishing/grey").with(as(administrator())).with(csrf())
                        .param("mode", "SCHEDULED").param("start", "2026-02-30T10:00").param("end", "2026-03-01T09:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unreal).contains("开始时间“2026-02-30T10:00”不是有效的日期时间");

        String start = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").format(OffsetDateTime.now(CHINA).plusDays(1));
        String end = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").format(OffsetDateTime.now(CHINA).plusDays(2));
        mvc.perform(post("/admin/publishing/grey").with(as(administrator())).with(csrf())
                        .param("mode", "SCHEDULED").param("start", start).param("end", end))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/publishing"));
        assertThat(grey.setting().mode()).isEqualTo(GreyModeSetting.Mode.SCHEDULED);
        assertThat(grey.setting().changedBy()).isEqualTo(administrator().username());
        assertThat(mvc.perform(get("/admin/publishing").with(as(administrator()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("已预约在", "（尚未开始）", "value=\"" + start + "\"");
    }
}
