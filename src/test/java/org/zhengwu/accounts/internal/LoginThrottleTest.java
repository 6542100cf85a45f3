package org.zhengwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ZhengwuTest;

/** Twenty sign-in posts a minute from one address, then a clear message; other addresses are not affected. */
@ZhengwuTest
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder attempt(String address) {
        return post("/admin/login").param("username", "probe").param("password", "guess12345").with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
    }

    @Test
    void theTwentyFirstAttemptOfAMinuteFromOneAddressIsTurnedAway() throws Exception {
        // the limit counts per clock minute: do not start the 22 attempts just before a minute turns
        while (System.currentTimeMillis() % 60_000 > 50_000) {
            Thread.sleep(200);
        }
        int before = throttle.limit(20);
        try {
            String address = "203.0.113." + (System.nanoTime() % 200 + 1);
            for (int i = 0; i < 20; i++) {
                mvc.perform(attempt(address)).andExpect(redirectedUrl("/admin/login?error"));
            }
            mvc.perform(attempt(address)).andExpect(redirectedUrl("/admin/login?throttled"));
            mvc.perform(attempt(address)).andExpect(redirectedUrl("/admin/login?throttled"));
            mvc.perform(attempt("192.0.2.77")).andExpect(redirectedUrl("/admin/login?error"));
            mvc.perform(get("/admin/login").param("throttled", ""))
                    .andExpect(content().string(containsString("登录尝试过于频繁，请一分钟后再试")));
            Long recorded = jdbc.sql("SELECT COUNT(*) FROM staff_sign_in WHERE remote_address = ? AND outcome = 'THROTTLED'")
                    .param(address).query(Long.class).single();
            assertThat(recorded).isEqualTo(1);
        } finally {
            throttle.limit(before);
        }
    }
}
