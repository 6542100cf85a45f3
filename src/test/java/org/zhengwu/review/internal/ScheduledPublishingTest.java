package org.zhengwu.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentStatus;
import org.zhengwu.review.ReviewFixtures;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

/** An approved item with a future publish time goes online when the job runs at or after that time, not before. */
@ZhengwuTest
class ScheduledPublishingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ContentQueries queries;
    @Autowired
    WorkflowStore store;
    @Autowired
    PublishWhenDue publishWhenDue;

    ScheduledPublishing jobAt(String time) {
        return new ScheduledPublishing(store, publishWhenDue, Clock.fixed(OffsetDateTime.parse(time).toInstant(),
                org.zhengwu.content.PublishTime.CHINA));
    }

    @Test
    void anApprovedItemWaitsForItsPublishTimeAndTheJobPutsItOnlineThen() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(sites, staff);
        ReviewFixtures reviewers = new ReviewFixtures(sites, directory, staff);
        reviewers.offices();
        Site site = fixtures.site();
        Column news = fixtures.column(site, ColumnKind.NEWS);
        StaffUser editor = fixtures.editorOf(site);
        String location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "新年献词").param("publishedAt", "2031-01-01 08:00").param("then", "submit"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (StaffUser r : new StaffUser[] {reviewers.unitReviewerOf(site), reviewers.officeReviewer(reviewers.governmentOffice()),
                reviewers.secrecyReviewer()}) {
            ReviewFixtures.approve(mvc, r, id, 1);
        }
        assertThat(queries.item(id).orElseThrow().status()).isEqualTo(ContentStatus.DRAFT);
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("已通过审核，将于2031-01-01 08:00定时发布")));

        jobAt("2031-01-01T07:59+08:00").publishDue();
        assertThat(queries.item(id).orElseThrow().isPublished()).isFalse();

        jobAt("2031-01-01T08:00+08:00").publishDue();
        assertThat(queries.item(id).orElseThrow().isPublished()).isTrue();
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(ReviewWorkflow.State.PUBLISHED);
        mvc.perform(get("/admin/content/" + id).with(as(editor)))
                .andExpect(content().string(containsString("等待定时发布")))
                .andExpect(content().string(containsString("已发布（第1版）")));
    }
}
