package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.cases.CaseStaff.as;
import static org.hamcrest.Matchers.containsString;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.internal.DeadlineCheck;
import org.zhengwu.sites.SiteAdministration;

/**
 * Reminders by e-mail: with SMTP configured (the test run's own server), a reminder reaches the handler and the
 * unit's reviewer at the addresses they set themselves, nobody else, and names the case and the console page.
 */
@ZhengwuTest
class ReminderMailTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    DeadlineCheck job;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;
    @Autowired
    GreenMail smtp;

    CaseStaff staff;

    @BeforeEach
    void setUp() {
        staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
    }

    private String address(String who) {
        return who + "-" + ConsoleFixtures.code("m").toLowerCase() + "@example.gov.cn";
    }

    private List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aReminderIsMailedToTheHandlerAndTheUnitReviewerWhoGaveAnAddress() throws Exception {
        String handler = address("handler");
        String reviewer = address("reviewer");
        String otherUnit = address("other");
        as(staff.handlerA, () -> staffAdministration.setOwnEmail(staff.handlerA.accountId(), handler));
        as(staff.leaderA, () -> staffAdministration.setOwnEmail(staff.leaderA.accountId(), " " + reviewer + " "));
        as(staff.handlerB, () -> staffAdministration.setOwnEmail(staff.handlerB.accountId(), otherUnit));

        String reference = ConsoleFixtures.code("M");
        long id = cases.open(new NewCase(ErrandType.CODE, reference, "清理河道", null, null, 0));
        as(staff.dispatcher, () -> cases.assign(id, staff.unitA(), 3, CaseStep.to("ASSIGNED", "")));
        cases.setHandler(id, staff.handlerA.accountId());
        LocalDate deadline = cases.find(id).orElseThrow().deadline();
        job.runAt(Clock.fixed(deadline.atTime(9, 0).atZone(CHINA).toInstant(), CHINA));

        await().atMost(Duration.ofSeconds(20)).until(() -> to(handler).size() == 1 && to(reviewer).size() == 1);
        MimeMessage mail = to(handler).get(0);
        assertThat(mail.getSubject()).isEqualTo("【办件提醒】" + reference + "“清理河道”将于 " + deadline + " 到期");
        String text = (String) mail.getContent();
        assertThat(text).contains("即将到期", "编号：" + reference, "办理期限：" + deadline, "/admin/cases/" + id);
        assertThat(to(otherUnit)).isEmpty();
    }

    @Test
    void staffSetTheirOwnAddressOnlyAndABadOneIsRefused() throws Exception {
        mvc.perform(get("/admin/account/email").with(ConsoleFixtures.as(staff.handlerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"email\">电子邮箱</label>")));
        mvc.perform(post("/admin/account/email").param("email", "不是邮箱").with(csrf())
                        .with(ConsoleFixtures.as(staff.handlerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("邮箱地址格式不正确")));
        assertThat(staffAdministration.account(staff.handlerA.accountId()).orElseThrow().email()).isNull();

        String mine = address("mine");
        mvc.perform(post("/admin/account/email").param("email", mine).with(csrf())
                        .with(ConsoleFixtures.as(staff.handlerA)))
                .andExpect(redirectedUrl("/admin/account/email"));
        assertThat(staffAdministration.account(staff.handlerA.accountId()).orElseThrow().email()).isEqualTo(mine);

        assertThatThrownBy(() -> as(staff.handlerB,
                () -> staffAdministration.setOwnEmail(staff.handlerA.accountId(), address("thief"))))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/admin/account/email").param("email", "").with(csrf())
                        .with(ConsoleFixtures.as(staff.handlerA)))
                .andExpect(redirectedUrl("/admin/account/email"));
        assertThat(staffAdministration.account(staff.handlerA.accountId()).orElseThrow().email()).isNull();
    }
}
