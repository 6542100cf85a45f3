package org.zhengwu.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.Map;
import org.springframework.mock.web.MockMultipartFile;
import org.zhengwu.interaction.Hall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.sites.SiteAdministration;

/**
 * Who may see a petition, the audit of every view of a petitioner's personal data, and the registration form's
 * refusals: a clear message at the field, what was typed kept, nothing stored.
 */
@ZhengwuTest
class PetitionPrivacyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    PetitionDesk desk;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        desk = new PetitionDesk(mvc, new ConsoleFixtures(sites, staffAdministration));
        audit = new AuditRecords(jdbc);
    }

    private long petitions() {
        return jdbc.sql("SELECT COUNT(*) FROM petition").query(Long.class).single();
    }

    @Test
    void theHandlingUnitTheSupervisorAndThePetitionOfficeSeeAPetitionAndEveryViewOfThePetitionerIsAudited()
            throws Exception {
        String reference = desk.visit("李秀英", "宅基地被邻居占用，村委会调解未果。");
        long before = audit.of("petitions.personal-data.view", reference).size();

        assertThat(desk.page(desk.staff.handlerA, reference)).contains("李秀英").contains("11010519491231002X")
                .contains("13812345678");
        assertThat(desk.page(desk.staff.supervisor, reference)).contains("李秀英");
        assertThat(desk.page(desk.officer, reference)).contains("城关镇东街村5组");

        var views = audit.of("petitions.personal-data.view", reference);
        assertThat(views).hasSize((int) before + 3);
        assertThat(views.get(views.size() - 3).actorId()).isEqualTo(desk.staff.handlerA.accountId());
    }

    @Test
    void anotherUnitTheDispatcherAndTheAdministratorAreRefusedAndTheRefusalIsAudited() throws Exception {
        String reference = desk.visit("王建国", "村道硬化工程质量差。");
        long views = audit.of("petitions.personal-data.view", reference).size();

        assertThat(desk.status(desk.staff.handlerB, "/admin/petitions/" + reference)).isEqualTo(403);
        assertThat(desk.status(desk.staff.dispatcher, "/admin/petitions/" + reference)).isEqualTo(403);
        assertThat(audit.of("petitions.view", reference)).isNotEmpty();
        assertThat(audit.of("petitions.personal-data.view", reference)).hasSize((int) views);

        // unit B's list does not show it, unit A's does; names never appear in a list
        String listB = PetitionDesk.text(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/admin/petitions").with(ConsoleFixtures.as(desk.staff.handlerB))).andReturn());
        assertThat(listB).doesNotContain(reference);
        String listA = PetitionDesk.text(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/admin/petitions").with(ConsoleFixtures.as(desk.staff.handlerA))).andReturn());
        assertThat(listA).contains(reference).doesNotContain("王建国");

        // a unit's handler may not take the petition office's steps
        MvcResult conclude = desk.step(desk.staff.handlerA, reference, "REQUEST_REVIEW", Map.of("text", "x"));
        assertThat(conclude.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aFormWithABadIdNumberNoNameAndATransferWithoutItsNumberIsRefusedFieldByFieldAndNothingIsStored()
            throws Exception {
        long before = petitions();
        Map<String, String> form = desk.visitForm("", "集体土地被非法出让。");
        form.put("channel", "TRANSFER");
        form.put("idNumber1", "110105194912310021");
        form.put("phone1", "12345");
        MvcResult r = desk.send(desk.officer, "/admin/petitions/new", form);

        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(PetitionDesk.text(r)).contains("上级转交的信访件须填写转交编号")
                .contains("请填写信访人 1 的姓名")
                .contains("信访人 1 的身份证号码无效")
                .contains("信访人 1 的联系电话应为手机号码或带区号的固定电话")
                .contains("集体土地被非法出让。").contains("110105194912310021");
        assertThat(petitions()).isEqualTo(before);
    }

    @Test
    void fivePetitionersMakeACollectivePetitionAndAValidIdNumberEndingInXIsKept() throws Exception {
        Map<String, String> form = desk.visitForm("赵大", "拖欠工资。");
        form.put("count", "12");
        form.put("name2", "赵二");
        form.put("idNumber2", "33010219800101123x");
        form.put("skipping", "yes");
        String reference = PetitionDesk.reference(desk.send(desk.officer, "/admin/petitions/new", form));

        var row = jdbc.sql("SELECT petitioner_count, collective, skipping_levels FROM petition WHERE reference = ?")
                .param(reference).query().singleRow();
        assertThat(((Number) row.get("petitioner_count")).intValue()).isEqualTo(12);
        assertThat(row.get("collective")).isEqualTo(true);
        assertThat(row.get("skipping_levels")).isEqualTo(true);
        assertThat(desk.page(desk.officer, reference)).contains("集体访").contains("越级").contains("33010219800101123X");
    }

    @Test
    void aStepTheStateDoesNotAllowIsRefusedWithItsReason() throws Exception {
        String reference = desk.visit("钱六", "噪音扰民。");
        MvcResult r = desk.step(desk.staff.handlerA, reference, "ANSWER", Map.of("text", "已处理"));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(PetitionDesk.text(r)).contains("不能办理这一步骤");
        MvcResult empty = desk.step(desk.staff.handlerA, reference, "ACCEPT", Map.of("text", " "));
        assertThat(PetitionDesk.text(empty)).contains("请填写内容");
    }

    @Test
    void anAttachmentIsKeptWithThePetitionAndServedOnlyToThoseWhoMaySeeItAndABadFileStoresNothing() throws Exception {
        Map<String, String> form = desk.visitForm("韩梅", "医保报销被拒。");
        var upload = multipart("/admin/petitions/new").file(Hall.pdf("报销单.pdf"))
                .with(ConsoleFixtures.as(desk.officer)).with(csrf());
        form.forEach(upload::param);
        String reference = PetitionDesk.reference(mvc.perform(upload).andReturn());
        assertThat(desk.page(desk.officer, reference)).contains("报销单.pdf");
        assertThat(desk.status(desk.staff.handlerA, "/admin/petitions/" + reference + "/attachments/1")).isEqualTo(200);
        assertThat(desk.status(desk.staff.handlerB, "/admin/petitions/" + reference + "/attachments/1")).isEqualTo(403);

        long before = petitions();
        var bad = multipart("/admin/petitions/new")
                .file(new MockMultipartFile("files", "程序.exe", "application/octet-stream", new byte[]{77, 90, 1}))
                .with(ConsoleFixtures.as(desk.officer)).with(csrf());
        form.forEach(bad::param);
        MvcResult refused = mvc.perform(bad).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(PetitionDesk.text(refused)).contains("附件“程序.exe”的类型不允许").contains("医保报销被拒。");
        assertThat(petitions()).isEqualTo(before);
    }
}
