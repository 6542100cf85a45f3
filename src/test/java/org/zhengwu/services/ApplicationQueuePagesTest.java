package org.zhengwu.services;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.services.internal.application.ApplicationHandling;

/** The handlers' queue a page at a time, newest first, with the state filter kept in the pager's links. */
@ZhengwuTest
class ApplicationQueuePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Applications applications;

    @Test
    void theQueueIsPagedNewestFirstAndTheStateFilterStaysAcrossPages() throws Exception {
        Applications.Desk desk = applications.desk();
        List<Applications.Receipt> sent = new ArrayList<>();
        for (int i = 0; i < ApplicationHandling.PAGE_SIZE + 2; i++) {
            sent.add(applications.submit(applications.form(desk.item())));
        }
        Applications.Receipt oldest = sent.get(0);
        Applications.Receipt newest = sent.get(sent.size() - 1);
        mvc.perform(multipart("/admin/services/applications/" + oldest.number() + "/step").with(as(desk.handler()))
                .with(csrf()).param("step", "ACCEPT").param("note", "")).andExpect(status().is3xxRedirection());

        int all = ApplicationHandling.PAGE_SIZE + 2;
        mvc.perform(get("/admin/services/applications").with(as(desk.handler())))
                .andExpect(content().string(allOf(containsString("第1页，共2页，" + all + "条"),
                        containsString(newest.number()), not(containsString(oldest.number())),
                        containsString("href=\"/admin/services/applications?page=2\" rel=\"next\""),
                        not(containsString("rel=\"prev\"")))));
        mvc.perform(get("/admin/services/applications").param("page", "2").with(as(desk.handler())))
                .andExpect(content().string(allOf(containsString("第2页，共2页，" + all + "条"),
                        containsString(oldest.number()), not(containsString(newest.number())),
                        containsString("href=\"/admin/services/applications?page=1\" rel=\"prev\""))));

        int submitted = all - 1;
        mvc.perform(get("/admin/services/applications").param("state", "SUBMITTED").with(as(desk.handler())))
                .andExpect(content().string(allOf(containsString("第1页，共2页，" + submitted + "条"),
                        containsString("href=\"/admin/services/applications?page=2&amp;state=SUBMITTED\" rel=\"next\""))));
        mvc.perform(get("/admin/services/applications").param("state", "SUBMITTED").param("page", "2")
                        .with(as(desk.handler())))
                .andExpect(content().string(allOf(containsString("第2页，共2页，" + submitted + "条"),
                        containsString(sent.get(1).number()), not(containsString(oldest.number())),
                        containsString("<option value=\"SUBMITTED\" selected>"))));
        mvc.perform(get("/admin/services/applications").param("page", "99").with(as(desk.handler())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第2页，共2页")));
        mvc.perform(get("/admin/services/applications").param("page", "第二页").with(as(desk.handler())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第1页，共2页")));
    }
}
