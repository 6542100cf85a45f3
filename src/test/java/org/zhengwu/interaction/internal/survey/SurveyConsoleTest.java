package org.zhengwu.interaction.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.interaction.Surveys;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/**
 * The console's 征集调查 for the administrator and the dispatcher only (URL rule and service check, refusals audited),
 * its refusals of bad input (nothing changes), the paged responses and opinions, and the export read back with POI.
 */
@ZhengwuTest
class SurveyConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteAdministration sites;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    ConsoleFixtures console;
    SurveyFixtures fixtures;
    StaffUser administrator;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        console = new ConsoleFixtures(sites, staff);
        fixtures = new SurveyFixtures(surveys, jdbc, cipher);
        administrator = console.administrator();
        audit = new AuditRecords(jdbc);
    }

    private int surveyCount() {
        return jdbc.sql("SELECT COUNT(*) FROM survey").query(Integer.class).single();
    }

    @Test
    void anEditorAndACaseHandlerAreRefusedNothingChangesAndTheRefusalsAreAudited() throws Exception {
        Site site = console.site();
        long id = fixtures.openSurvey("越权测试");
        int before = surveyCount();
        long seq = audit.lastSeq();
        for (StaffUser other : List.of(console.editorOf(site), console.staff(StaffRole.CASE_HANDLER, site.unitId()))) {
            mvc.perform(get("/admin/surveys").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/surveys/" + id + "/export.xlsx").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/surveys").with(as(other)).with(csrf()).param("kind", "SURVEY")
                    .param("title", "越权创建").param("introduction", "说明")
                    .param("opensAt", "2026-05-01 09:00").param("closesAt", "2026-05-11 09:00"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/surveys/" + id + "/close").with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(surveyCount()).isEqualTo(before);
        assertThat(administration.survey(id).state()).isEqualTo(SurveyState.OPEN);
        assertThat(audit.since(seq)).filteredOn(r -> r.action().equals("console.forbidden")).hasSize(8)
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo("REFUSED"));
    }

    @Test
    void theServiceItselfRefusesOtherRolesBehindTheUrlRule() {
        StaffUser supervisor = console.staff(StaffRole.SUPERVISOR, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(supervisor, null, supervisor.getAuthorities()));
        try {
            assertThatThrownBy(() -> surveys.close(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(administration::all).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsStored() throws Exception {
        int before = surveyCount();
        mvc.perform(post("/admin/surveys").with(as(administrator)).with(csrf()).param("kind", "SOLICITATION")
                        .param("title", "  ").param("introduction", "说明")
                        .param("opensAt", "2026-05-01 09:00").param("closesAt", "2026-05-11 09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写标题")))
                .andExpect(content().string(containsString("aria-describedby=\"title-error\"")));
        mvc.perform(post("/admin/surveys").with(as(administrator)).with(csrf()).param("kind", "SOLICITATION")
                        .param("title", "征求意见").param("introduction", "说明")
                        .param("opensAt", "2026-05-01 09:00").param("closesAt", "2026-05-11 09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("意见征集需要填写征求意见稿正文或文件链接")));
        mvc.perform(post("/admin/surveys").with(as(administrator)).with(csrf()).param("kind", "SURVEY")
                        .param("title", "调查").param("introduction", "说明")
                        .param("opensAt", "明天").param("closesAt", "2026-05-11 09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("开始时间“明天”不正确")));
        assertThat(surveyCount()).isEqualTo(before);
        mvc.perform(post("/admin/surveys").with(as(administrator)).param("kind", "SURVEY").param("title", "无令牌")
                        .param("introduction", "说明").param("opensAt", "2026-05-01 09:00").param("closesAt", "2026-05-11 09:00"))
                .andExpect(status().isForbidden());
        assertThat(surveyCount()).isEqualTo(before);
    }

    @Test
    void aDraftIsEditedQuestionByQuestionAndNoLongerOnceOpen() throws Exception {
        String created = mvc.perform(post("/admin/surveys").with(as(administrator)).with(csrf())
                        .param("kind", "SOLICITATION").param("title", "《清河市养犬管理办法（征求意见稿）》")
                        .param("introduction", "欢迎提出意见。").param("draftText", "第一条 为了规范养犬行为……")
                        .param("opensAt", "2026-01-01 09:00").param("closesAt", "2099-01-01 09:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring("/admin/surveys/".length()));
        assertThat(administration.questions(id)).extracting(Question::prompt).containsExactly("您的意见和建议");
        mvc.perform(post("/admin/surveys/" + id + "/questions").with(as(administrator)).with(csrf())
                        .param("kind", "SINGLE").param("prompt", "您是否养犬").param("options", "是"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("选择题需要2至30个选项，每行一个")));
        mvc.perform(post("/admin/surveys/" + id + "/questions").with(as(administrator)).with(csrf())
                        .param("kind", "SINGLE").param("prompt", "您是否养犬").param("required", "true")
                        .param("options", "是\n否"))
                .andExpect(status().is3xxRedirection());
        long dogs = fixtures.question(id, 1);
        mvc.perform(post("/admin/surveys/" + id + "/questions/" + dogs + "/move").with(as(administrator)).with(csrf())
                        .param("direction", "up"))
                .andExpect(status().is3xxRedirection());
        assertThat(administration.questions(id)).extracting(Question::prompt).containsExactly("您是否养犬", "您的意见和建议");
        mvc.perform(post("/admin/surveys/" + id + "/open").with(as(administrator)).with(csrf()))
                .andExpect(flash().attribute("notice", "已发布"));
        mvc.perform(post("/admin/surveys/" + id + "/questions/" + dogs + "/remove").with(as(administrator)).with(csrf()))
                .andExpect(flash().attribute("error", "已发布的征集调查不能再修改"));
        mvc.perform(post("/admin/surveys/" + id + "/questions").with(as(administrator)).with(csrf())
                        .param("kind", "TEXT").param("prompt", "补充"))
                .andExpect(flash().attribute("error", "已发布的征集调查不能再修改"));
        assertThat(administration.questions(id)).hasSize(2);
        assertThat(audit.of("survey.question.move", id)).hasSize(1);
    }

    @Test
    void responsesAndOpinionsArePagedAndTheExportReadsBack() throws Exception {
        long id = fixtures.openSurvey("导出测试");
        for (int i = 1; i <= 23; i++) {
            surveys.recordResponse(id, SurveyFixtures.respondent(),
                    List.of(List.of(i % 2 == 0 ? "满意" : "不满意"), i % 3 == 0 ? List.of("公交", "地铁") : List.of(),
                            i <= 21 ? List.of("意见" + i) : List.of()));
        }
        StaffUser dispatcher = console.staff(StaffRole.DISPATCHER, null);
        mvc.perform(get("/admin/surveys/" + id + "/responses?page=2").with(as(dispatcher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共23份答卷，第2页，共2页")))
                .andExpect(content().string(containsString("公交；地铁")));
        mvc.perform(get("/admin/surveys/" + id + "/opinions?page=2").with(as(dispatcher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共21条文字回答，第2页，共2页")))
                .andExpect(content().string(containsString("意见21")));
        byte[] xlsx = mvc.perform(get("/admin/surveys/" + id + "/export.xlsx").with(as(dispatcher)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("答卷");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("答卷编号");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("第1题 您对公交服务满意吗");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("第3题 其他建议");
            assertThat(sheet.getLastRowNum()).isEqualTo(23);
            Row third = sheet.getRow(3);
            assertThat(third.getCell(2).getStringCellValue()).isEqualTo("不满意");
            assertThat(third.getCell(3).getStringCellValue()).isEqualTo("公交；地铁");
            assertThat(third.getCell(4).getStringCellValue()).isEqualTo("意见3");
            assertThat(sheet.getRow(23).getCell(4)).isNull();
        }
        assertThat(audit.last("survey.export", id)).hasValueSatisfying(r -> assertThat(r.detail()).isEqualTo("23 responses"));
    }
}
