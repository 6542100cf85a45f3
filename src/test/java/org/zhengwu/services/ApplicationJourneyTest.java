package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.interaction.Hall;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Site;

/**
 * 网上申报 from the citizen's form to 办结: an application is committed before its number and query code are shown;
 * refused input is kept and stores nothing; the look-up shows the state and the history without internal notes; a
 * 补正 request is answered through the look-up; only the item's unit handles it; the personal data is not in the
 * database in clear.
 */
@ZhengwuTest
class ApplicationJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataDirectory data;

    @Autowired
    Applications applications;
    ServiceItem item;
    StaffUser handler;
    ConsoleFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = applications.console();
        Applications.Desk desk = applications.desk();
        item = desk.item();
        handler = desk.handler();
    }

    @Test
    void aCitizenAppliesWithAttachmentsAndGetsANumberAndAQueryCodeAndTheUnitsHandlerSeesIt() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item)
                .file(new MockMultipartFile("material-2", "结婚证.pdf", "application/pdf", Applications.pdf("x", "x").getBytes())));

        assertThat(r.number()).startsWith("SQ2");
        assertThat(jdbc.sql("SELECT state FROM application WHERE number = ?").param(r.number()).query(String.class)
                .single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application_file f JOIN application a ON a.id = f.application_id "
                + "WHERE a.number = ?").param(r.number()).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/admin/services/applications").with(as(handler)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(r.number())));
        mvc.perform(get("/admin").with(as(handler))).andExpect(content().string(containsString("待办理的网上申报")));
        mvc.perform(get("/admin/services/applications/" + r.number()).with(as(handler)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("王小明"), containsString(Applications.ID_NUMBER),
                        containsString("结婚证.pdf"))));
    }

    @Test
    void aRefusedApplicationKeepsWhatWasTypedNamesEachFieldAndStoresNothing() throws Exception {
        long rows = count();
        long files = storedFiles();
        String page = mvc.perform(applications.form(item).with(Hall.set("applicantId", "110105194912310021"))
                        .with(Hall.set("applicantMobile", "1391234")).with(Hall.set("hospital", "县医院")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("不是有效的18位居民身份证号码", "请填写11位手机号码", "只能从列出的选项中选择",
                "href=\"#applicantId\"", "value=\"王小宝\"", "清河市人民路100号3幢2单元", "已选择的文件需要重新选择");
        assertThat(count()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void forgedFieldsWrongTypesAndMislabelledOrOversizedFilesAreRefusedWithAMessage() throws Exception {
        long rows = count();
        mvc.perform(applications.form(item).param("isAdmin", "true"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("本事项申请表没有的内容")));
        mvc.perform(applications.form(item).with(Hall.set("weight", "三千克")).with(Hall.set("birthDate", "2026-02-30")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写数字"), containsString("年-月-日"))));
        mvc.perform(applications.form(item).file(new MockMultipartFile("photo", "baby.jpg", "image/jpeg",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是它的扩展名所说的")));
        byte[] big = new byte[1024 * 1024 + 10];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        mvc.perform(applications.form(item).file(new MockMultipartFile("photo", "baby.jpg", "image/jpeg", big)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("超过1 MB")));
        mvc.perform(applications.form(item).file(Applications.pdf("photo", "baby.pdf")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("只接受 jpg、png 格式")));
        assertThat(count()).isEqualTo(rows);

        mvc.perform(multipart("/bsfw/apply/NO-SUCH-ITEM").with(Hall.freshAddress()))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("不接受网上申报")));
        applications.takeOffline(item);
        mvc.perform(applications.form(item))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("不接受网上申报")));
        assertThat(count()).isEqualTo(rows);
    }

    @Test
    void theLookUpShowsTheStateAndHidesInternalOpinionsAndAWrongCodeLearnsNothing() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        step(r, "ACCEPT", "");
        step(r, "REVIEW", "");
        mvc.perform(post("/admin/services/applications/" + r.number() + "/opinion").with(as(handler)).with(csrf())
                .param("opinion", "内部意见：申请人父亲有欠费记录待核"));

        String page = applications.progress(r, applications.lookUp(r));
        assertThat(page).contains("审查中", "已受理", r.number()).doesNotContain("内部意见", "王小明", Applications.ID_NUMBER);
        assertThat(mvc.perform(get("/zh-hant/bsfw/query/" + r.number()).session(applications.lookUp(r)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("審查中");

        mvc.perform(post("/bsfw/query").with(Hall.freshAddress()).param("number", r.number()).param("code", "ABCDEFGH"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("申报编号或查询码不正确")));
        mvc.perform(get("/bsfw/query/" + r.number()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("查询已过期或无效")));
    }

    @Test
    void aHandlerOfAnotherUnitCannotSeeOrActAndNothingChanges() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        StaffUser stranger = applications.desk().handler();

        mvc.perform(get("/admin/services/applications/" + r.number()).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/services/applications/" + r.number() + "/step").with(as(stranger)).with(csrf())
                .param("step", "ACCEPT")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/applications").with(as(stranger)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(r.number()))));
        assertThat(state(r)).isEqualTo("SUBMITTED");
    }

    @Test
    void aCorrectionRequestIsAnsweredThroughTheLookUpAndTheApplicationReturnsToWhereItWas() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        step(r, "ACCEPT", "");
        mvc.perform(multipart("/admin/services/applications/" + r.number() + "/step").with(as(handler)).with(csrf())
                .param("step", "CORRECT")).andExpect(flash().attribute("error", "要求补正必须写明需要补正的内容。"));
        step(r, "CORRECT", "身份证复印件不清晰，请重新上传正反面");
        assertThat(state(r)).isEqualTo("CORRECTION");
        mvc.perform(get("/admin/services/applications/" + r.number()).with(as(handler)))
                .andExpect(content().string(containsString("补正期间暂停计时")));

        MockHttpSession session = applications.lookUp(r);
        assertThat(applications.progress(r, session)).contains("待补正", "身份证复印件不清晰，请重新上传正反面", "提交补正");
        mvc.perform(multipart("/bsfw/query/" + r.number() + "/correction").session(session))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请写补正说明或上传补正材料")));
        mvc.perform(multipart("/bsfw/query/" + r.number() + "/correction").file(Applications.pdf("material-1", "身份证正反面.pdf"))
                        .param("answer", "已重新扫描").session(session))
                .andExpect(status().isSeeOther());

        assertThat(state(r)).isEqualTo("ACCEPTED");
        assertThat(applications.progress(r, session)).contains("补正已提交", "已重新扫描");
        mvc.perform(get("/admin/services/applications/" + r.number()).with(as(handler)))
                .andExpect(content().string(allOf(containsString("身份证正反面.pdf"), containsString("第1次补正"),
                        not(containsString("补正期间暂停计时")), containsString("申请人已补正"))));
    }

    @Test
    void aGrantedApplicationIsFinishedOnlyWithItsResultDocumentAndTheApplicantSeesIt() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        step(r, "ACCEPT", "");
        step(r, "REVIEW", "");
        step(r, "GRANT", "材料齐全，符合条件");
        mvc.perform(multipart("/admin/services/applications/" + r.number() + "/step").with(as(handler)).with(csrf())
                .param("step", "FINISH")).andExpect(flash().attribute("error", "请上传“办理结果文书”。"));
        assertThat(state(r)).isEqualTo("GRANTED");

        mvc.perform(multipart("/admin/services/applications/" + r.number() + "/step")
                .file(Applications.pdf("result", "出生医学证明.pdf")).with(as(handler)).with(csrf()).param("step", "FINISH"))
                .andExpect(flash().attribute("notice", "已完成：办结。"));
        assertThat(state(r)).isEqualTo("DONE");
        assertThat(applications.progress(r, applications.lookUp(r))).contains("办结", "结果文书已出具", "材料齐全，符合条件");
    }

    @Test
    void aJointReviewMustBeAnsweredAndAgreedByEveryAskedUnitBeforeTheApplicationIsGranted() throws Exception {
        Site other = fixtures.site();
        StaffUser otherHandler = fixtures.staff(StaffRole.CASE_HANDLER, other.unitId());
        Applications.Receipt r = applications.submit(applications.form(item));
        step(r, "ACCEPT", "");
        step(r, "REVIEW", "");
        long caseId = jdbc.sql("SELECT case_id FROM application WHERE number = ?").param(r.number())
                .query(Long.class).single();
        mvc.perform(get("/admin/services/applications/" + r.number()).with(as(handler)))
                .andExpect(content().string(containsString("/admin/cases/" + caseId + "#joint")));
        mvc.perform(post("/admin/cases/" + caseId + "/joint/start").with(as(handler)).with(csrf())
                        .param("unit", String.valueOf(other.unitId())).param("days", "3").param("reason", "请会签"))
                .andExpect(redirectedUrl("/admin/cases/" + caseId));

        grantRefused(r, "会签尚未完成");
        mvc.perform(post("/admin/cases/" + caseId + "/joint").with(as(otherHandler)).with(csrf())
                        .param("decision", "disagree").param("reason", "选址不符合规划"))
                .andExpect(redirectedUrl("/admin/cases/" + caseId));
        grantRefused(r, "有会签单位不同意");
        step(r, "DENY", "会签单位不同意：选址不符合规划");
        assertThat(state(r)).isEqualTo("DENIED");
    }

    private void grantRefused(Applications.Receipt r, String message) throws Exception {
        mvc.perform(multipart("/admin/services/applications/" + r.number() + "/step").with(as(handler)).with(csrf())
                        .param("step", "GRANT").param("note", "同意"))
                .andExpect(flash().attribute("error", containsString(message)));
        assertThat(state(r)).isEqualTo("REVIEW");
    }

    @Test
    void theApplicantsPersonalDataIsNotInTheDatabaseInClear() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        String row = jdbc.sql("SELECT * FROM application WHERE number = ?").param(r.number())
                .query((rs, n) -> {
                    StringBuilder all = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        all.append(rs.getString(i)).append('|');
                    }
                    return all.toString();
                }).single();
        assertThat(row).doesNotContain("王小明", Applications.ID_NUMBER, "13912345678", "人民路", "王小宝");
        assertThat(jdbc.sql("SELECT f.file_name FROM application_file f JOIN application a ON a.id = f.application_id "
                + "WHERE a.number = ?").param(r.number()).query(String.class).list()).noneMatch(n -> n.contains("身份证"));
    }

    private void step(Applications.Receipt r, String step, String note) throws Exception {
        mvc.perform(multipart("/admin/services/applications/" + r.number() + "/step").with(as(handler)).with(csrf())
                        .param("step", step).param("note", note))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
    }

    private String state(Applications.Receipt r) {
        return jdbc.sql("SELECT state FROM application WHERE number = ?").param(r.number()).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    }

    private long storedFiles() throws IOException {
        Path root = data.resolve("applications");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
