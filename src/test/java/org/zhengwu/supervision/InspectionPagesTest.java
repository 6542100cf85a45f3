package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.InspectionSettings;
import org.zhengwu.supervision.internal.inspection.InspectionSettingsService;

/**
 * The console pages of the self-inspection as people use them: supervisors see every site with the vetoes first,
 * a unit's staff their own sites only, the site page names each offender with a link to fix it; the unit is told of
 * a new warning once (to-do count, notice list, e-mail); the settings refuse bad figures with a clear message.
 */
@ZhengwuTest
class InspectionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    InspectionFixtures fixtures;
    @Autowired
    InspectionSettingsService settings;
    @Autowired
    StaffAdministration staffAdministration;
    @Autowired
    GreenMail smtp;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void nationalValuesAgain() {
        settings.update(InspectionSettings.national());
    }

    private String page(String path, StaffUser who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** A site whose six blank columns tripped the veto, and one with only its footer warning. */
    private Site blankSite(LocalDate day) {
        Site site = fixtures.site();
        IntStream.range(0, 6).forEach(i -> fixtures.column(site, ColumnKind.NEWS, null));
        fixtures.inspect(site, Indicator.BLANK_COLUMNS, day.minusDays(3));
        fixtures.inspect(site, Indicator.BLANK_COLUMNS, day);
        return site;
    }

    @Test
    void supervisorsSeeEverySiteVetoesFirstAndAUnitItsOwnSitesOnly() throws Exception {
        LocalDate day = fixtures.today();
        Site quiet = fixtures.site();
        fixtures.publish(fixtures.column(quiet, ColumnKind.NEWS, null), day);
        fixtures.inspect(quiet, Indicator.HOME_NOT_UPDATED, day);
        Site failing = blankSite(day);
        StaffUser supervisor = fixtures.console().staff(StaffRole.SUPERVISOR, null);

        String overview = page("/admin/supervision/inspection", supervisor);
        assertThat(overview).contains("网站自查", "空白栏目", "单项否决", "已触发", "立即检查");
        assertThat(overview.indexOf(failing.name())).isPositive().isLessThan(overview.indexOf(quiet.name()));

        StaffUser editor = fixtures.console().editorOf(quiet);
        String own = page("/admin/supervision/inspection", editor);
        assertThat(own).contains(quiet.name()).doesNotContain(failing.name()).doesNotContain("立即检查");
        mvc.perform(get("/admin/supervision/inspection/" + failing.code()).with(as(editor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/supervision/inspection-settings").with(as(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/supervision/inspection/no-such-site").with(as(supervisor)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/supervision/inspection/run").with(as(editor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/supervision/inspection/run").with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/admin/supervision/inspection"))
                .andExpect(r -> assertThat(r.getFlashMap().get("notice").toString()).startsWith("检查完成，共 "));
    }

    @Test
    void aSitePageShowsEachIndicatorWithValueThresholdStateAndTheOffendersToFix() throws Exception {
        LocalDate day = fixtures.today();
        Site site = blankSite(day);
        StaffUser leader = fixtures.console().staff(StaffRole.UNIT_REVIEWER, site.unitId());

        String page = page("/admin/supervision/inspection/" + site.code(), leader);
        assertThat(page).contains(site.name() + "：网站自查", "空白栏目", "检查值", "触发值", "已有 6 个栏目，达到 6 即触发",
                "有栏目名称，无任何内容", "href=\"/admin/content/new?site=" + site.id() + "&amp;column=",
                "网站标识缺失", "页脚缺少网站标识码", "href=\"/admin/sites/" + site.id() + "\"", "每周记录",
                "站点无法访问", "尚未探测过本站首页，无法判断");
    }

    @Test
    void aNewWarningIsToldToTheUnitOnceAsAToDoANoticeAndAMail() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.console().editorOf(site);
        String address = "editor-" + site.code() + "@example.gov.cn";
        CaseStaff.as(editor, () -> staffAdministration.setOwnEmail(editor.accountId(), address));
        IntStream.range(0, 6).forEach(i -> fixtures.column(site, ColumnKind.NOTICE, null));
        LocalDate day = fixtures.today();

        fixtures.inspect(site, Indicator.BLANK_COLUMNS, day);
        fixtures.inspect(site, Indicator.BLANK_COLUMNS, day.plusDays(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(address).size() == 2);
        assertThat(subjects(address)).containsExactlyInAnyOrder(
                "【网站自查预警】" + site.name() + "：空白栏目将于 " + day.plusDays(3) + " 触发",
                "【网站自查预警】" + site.name() + "：网站标识缺失将于 " + day.plusDays(3) + " 触发");

        String home = page("/admin", editor);
        assertThat(home).contains("网站自查预警", "/admin/supervision/inspection");
        String overview = page("/admin/supervision/inspection", editor);
        assertThat(overview).contains("预警和已触发的指标", day.plusDays(3) + " 触发");

        fixtures.inspect(site, Indicator.BLANK_COLUMNS, day.plusDays(3));
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(address).size() == 4);
        assertThat(subjects(address)).contains("【网站自查】" + site.name() + "：空白栏目已触发");
    }

    private List<String> subjects(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, address)).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void settingsRefuseBadFiguresWithAClearMessageAndKeepTheOldOnes() throws Exception {
        StaffUser supervisor = fixtures.console().staff(StaffRole.SUPERVISOR, null);
        assertThat(page("/admin/supervision/inspection-settings", supervisor))
                .contains("自查设置", "空白栏目", "value=\"6\"", "value=\"0.05\"", "预警期");
        AuditRecords audit = new AuditRecords(jdbc);
        long before = audit.lastSeq();

        String refused = mvc.perform(post("/admin/supervision/inspection-settings").with(as(supervisor)).with(csrf())
                        .params(form("threshold-blank_columns", "2.5")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("空白栏目的触发值应是 1 到 3650 之间的整数", "value=\"2.5\"");
        mvc.perform(post("/admin/supervision/inspection-settings").with(as(supervisor)).with(csrf())
                        .params(form("threshold-site_unreachable", "5")))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("站点无法访问的触发值应是大于 0、小于 1 的小数"));
        mvc.perform(post("/admin/supervision/inspection-settings").with(as(supervisor)).with(csrf())
                        .params(form("warning-days", "三天")))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("预警期应是整数天数"));
        assertThat(settings.current()).isEqualTo(InspectionSettings.national());
        assertThat(audit.since(before)).noneMatch(r -> r.action().equals("inspection.settings.update"));

        var changed = form("threshold-blank_columns", "3");
        changed.set("warning-days", "5");
        mvc.perform(post("/admin/supervision/inspection-settings").with(as(supervisor)).with(csrf()).params(changed))
                .andExpect(redirectedUrl("/admin/supervision/inspection-settings"));
        assertThat(settings.current().threshold(Indicator.BLANK_COLUMNS)).isEqualTo(3);
        assertThat(settings.current().warningDays()).isEqualTo(5);
        assertThat(audit.last("inspection.settings.update", "inspection").orElseThrow().detail())
                .contains("threshold.BLANK_COLUMNS: 6 → 3", "warning-days: 3 → 5");
    }

    /** The settings form with the national values but one field. */
    private static org.springframework.util.LinkedMultiValueMap<String, String> form(String field, String value) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        InspectionSettings.national().byName().forEach((name, v) -> form.set(name.startsWith("threshold.")
                ? "threshold-" + name.substring("threshold.".length()).toLowerCase() : name,
                v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v)));
        form.set(field, value);
        return form;
    }
}
