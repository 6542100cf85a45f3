package org.zhengwu.interaction.internal.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.LetterFilter;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/** Floods: reads per address, posts per address and per key, each turned away with a 429 in the error format. */
@ZhengwuTest
class Open311ThrottleTest {

    private static final int LIMIT = 3;

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    Letters letters;
    @Autowired
    Open311Limits limits;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    int before;

    @BeforeEach
    void lowLimit() {
        before = limits.limit(LIMIT);
    }

    @AfterEach
    void restore() {
        limits.limit(before);
    }

    private MockHttpServletResponse from(String address, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b)
            throws Exception {
        return mvc.perform(b.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }

    @Test
    void readsFromOneAddressBeyondTheLimitAre429s() throws Exception {
        String address = "192.0.2." + (int) (Math.random() * 250 + 1) + "1";
        for (int i = 0; i < LIMIT; i++) {
            assertThat(from(address, get("/open311/v2/services.json")).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse over = from(address, get("/open311/v2/services.xml"));
        assertThat(over.getStatus()).isEqualTo(429);
        assertThat(over.getHeader("Retry-After")).as("when to come back").isEqualTo("60");
        Open311ServicesTest.assertError(Open311Client.xml(over), 429, "每分钟最多 3 次");
        assertThat(new Open311Client(mvc).perform(get("/open311/v2/services.json")).getStatus())
                .as("another address is not held back").isEqualTo(200);
    }

    @Test
    void postsWithOneKeyBeyondItsLimitAre429sFromWhateverAddressAndStoreNothingMore() throws Exception {
        Open311Client api = new Open311Client(mvc);
        String key = api.issueKey(new ConsoleFixtures(sites, staffAdministration).staff(StaffRole.ADMINISTRATOR, null),
                "泛滥应用");
        Mailbox box = hall.mailbox(MailboxKind.SUGGESTION, null, 10);
        for (int i = 0; i < LIMIT; i++) {
            assertThat(api.perform(Open311Client.letter("json", key, box.code())).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse over = api.perform(Open311Client.letter("json", key, box.code()));
        assertThat(over.getStatus()).isEqualTo(429);
        assertThat(Open311Client.json(over).get(0).get("code").asInt()).isEqualTo(429);
        assertThat(letters.list(new LetterFilter(box.code(), null, null, null, 0, 10))).hasSize(LIMIT);
    }
}
