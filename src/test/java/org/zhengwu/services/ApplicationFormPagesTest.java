package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

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
import org.zhengwu.services.internal.application.ApplicationForms;
import org.zhengwu.services.internal.application.FieldType;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/**
 * An item's application form in the console: the unit's editor builds it (ordered fields, a choice with options, an
 * attachment with its formats and size), audited, and citizens see it at once; a bad definition is refused with its
 * reason and changes nothing; another unit's editor gets a 403.
 */
@ZhengwuTest
class ApplicationFormPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceItems items;
    @Autowired
    ApplicationForms forms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;

    ConsoleFixtures fixtures;
    ServiceItem item;
    StaffUser editor;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staff);
        Site site = fixtures.site();
        item = items.create(Guides.complete(Guides.code(), site.unitId()));
        items.putOnline(item.id());
        editor = fixtures.editorOf(site);
    }

    @Test
    void theUnitsEditorBuildsTheFormAndCitizensSeeItWithTheMaterialsAsUploads() throws Exception {
        mvc.perform(post("/admin/services/" + item.id() + "/form").with(as(editor)).with(csrf())
                        .param("key", "childName", "hospital", "photo", "")
                        .param("label", "新生儿姓名", "出生医院", "照片", "")
                        .param("type", "TEXT", "CHOICE", "ATTACHMENT", "TEXT")
                        .param("required", "true", "true", "false", "false")
                        .param("help", "", "", "", "")
                        .param("options", "", "市人民医院\n市妇幼保健院", "", "")
                        .param("fileTypes", "", "", "jpg,png", "")
                        .param("maxMegabytes", "", "", "2", ""))
                .andExpect(status().is3xxRedirection());

        assertThat(forms.form(item).own()).extracting(f -> f.key() + ":" + f.type())
                .containsExactly("childName:TEXT", "hospital:CHOICE", "photo:ATTACHMENT");
        assertThat(forms.form(item).own().get(2).maxMegabytes()).isEqualTo(2);
        assertThat(new AuditRecords(jdbc).last("services.form.save", item.id())).isPresent();
        mvc.perform(get("/bsfw/apply/" + item.code())).andExpect(status().isOk())
                .andExpect(content().string(containsString("市妇幼保健院")))
                .andExpect(content().string(containsString("父母双方身份证")))
                .andExpect(content().string(containsString("accept=\".jpg,.png\"")));
        mvc.perform(get("/zh-hant/bsfw/apply/" + item.code())).andExpect(status().isOk())
                .andExpect(content().string(containsString("網上申報")));
    }

    @Test
    void aChoiceWithoutOptionsIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        forms.save(item.id(), java.util.List.of(
                org.zhengwu.services.internal.application.FormField.simple("a", "甲", FieldType.TEXT, false, "")));
        mvc.perform(post("/admin/services/" + item.id() + "/form").with(as(editor)).with(csrf())
                        .param("key", "hospital").param("label", "出生医院").param("type", "CHOICE")
                        .param("required", "true").param("help", "").param("options", "")
                        .param("fileTypes", "").param("maxMegabytes", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("至少要有两个选项")));
        assertThat(forms.form(item).own()).extracting(f -> f.key()).containsExactly("a");
    }

    @Test
    void anotherUnitsEditorCannotChangeTheForm() throws Exception {
        StaffUser stranger = fixtures.editorOf(fixtures.site());
        mvc.perform(post("/admin/services/" + item.id() + "/form").with(as(stranger)).with(csrf())
                        .param("key", "x").param("label", "x").param("type", "TEXT").param("required", "false")
                        .param("help", "").param("options", "").param("fileTypes", "").param("maxMegabytes", ""))
                .andExpect(status().isForbidden());
        assertThat(forms.form(item).own()).isEmpty();
    }

    @Test
    void theEditorMovesAFieldUpOrDownWithoutJavaScriptAndTheFormKeepsTheNewOrder() throws Exception {
        forms.save(item.id(), java.util.List.of(
                org.zhengwu.services.internal.application.FormField.simple("a", "甲", FieldType.TEXT, false, ""),
                org.zhengwu.services.internal.application.FormField.simple("b", "乙", FieldType.TEXT, false, ""),
                org.zhengwu.services.internal.application.FormField.simple("c", "丙", FieldType.TEXT, false, "")));
        mvc.perform(get("/admin/services/" + item.id() + "/form").with(as(editor))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("form=\"field-order\" name=\"move\" value=\"up:b\""),
                        containsString("value=\"down:b\""), not(containsString("value=\"up:a\"")),
                        not(containsString("value=\"down:c\"")), containsString("上移“丙”"))));

        mvc.perform(post("/admin/services/" + item.id() + "/form/move").with(as(editor)).with(csrf())
                .param("move", "up:c")).andExpect(flash().attribute("notice", "字段顺序已调整并保存。"));
        mvc.perform(post("/admin/services/" + item.id() + "/form/move").with(as(editor)).with(csrf())
                .param("move", "down:a")).andExpect(status().is3xxRedirection());
        assertThat(forms.form(item).own()).extracting(f -> f.key()).containsExactly("c", "a", "b");
        mvc.perform(get("/bsfw/apply/" + item.code()))
                .andExpect(content().string(stringContainsInOrder("丙", "甲", "乙")));

        mvc.perform(post("/admin/services/" + item.id() + "/form/move").with(as(editor)).with(csrf())
                .param("move", "up:zzz")).andExpect(flash().attribute("error", "申请表中没有字段“zzz”，请刷新页面后再试。"));
        mvc.perform(post("/admin/services/" + item.id() + "/form/move").with(as(fixtures.editorOf(fixtures.site())))
                .with(csrf()).param("move", "up:b")).andExpect(status().isForbidden());
        assertThat(forms.form(item).own()).extracting(f -> f.key()).containsExactly("c", "a", "b");
    }
}
