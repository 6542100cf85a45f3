package org.zhengwu.checks;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.checks.internal.WordLists;
import org.zhengwu.platform.security.StaffRole;

@ZhengwuTest
class TryPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    WordLists lists;

    @Test
    void anyStaffMemberSeesTheFindingsMarkedInTheTextAndListedWithTheirPlace() throws Exception {
        StaffUser supervisor = new ChecksFixtures(staff, lists).staff(StaffRole.SUPERVISOR, null);
        mvc.perform(get("/admin/checks/try").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"body\">正文</label>")));
        mvc.perform(post("/admin/checks/try").with(as(supervisor)).with(csrf())
                        .param("title", "通知").param("body", "第一行\n请按装<b>好</b>，电话13812345678。"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "请<mark class=\"warning\" title=\"1. “按装”疑似错别字或错误表述，应为“安装”\" aria-describedby=\"check-finding-1\">按装"
                                + "<sup><a href=\"#check-finding-1\">1</a></sup></mark>好，电话<mark class=\"blocking\"")))
                .andExpect(content().string(containsString("<li id=\"check-finding-1\" class=\"warning\">")))
                .andExpect(content().string(containsString("正文第2行第2列：")))
                .andExpect(content().string(containsString("发现1处须修改的问题，1处提醒。")))
                .andExpect(content().string(containsString("role=\"alert\">有须修改的问题时不能提交审核")));
    }

    @Test
    void anAttachmentIsCheckedToo() throws Exception {
        StaffUser supervisor = new ChecksFixtures(staff, lists).staff(StaffRole.SUPERVISOR, null);
        mvc.perform(multipart("/admin/checks/try").file(new MockMultipartFile("attachment", "名单.docx",
                                "application/octet-stream", Attachments.docx("身份证号：11010519491231002X")))
                        .param("title", "公示").param("body", "见附件").with(as(supervisor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("附件“名单.docx”第1行第6列：")))
                .andExpect(content().string(containsString("疑似居民身份证号码“11010519491231002X”")));
    }

    @Test
    void cleanTextSaysSo() throws Exception {
        StaffUser supervisor = new ChecksFixtures(staff, lists).staff(StaffRole.SUPERVISOR, null);
        mvc.perform(post("/admin/checks/try").with(as(supervisor)).with(csrf()).param("title", "通知").param("body", "一切正常。"))
                .andExpect(content().string(containsString("未发现问题。")));
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/checks/try")).andExpect(redirectedUrl("/admin/login"));
    }
}
