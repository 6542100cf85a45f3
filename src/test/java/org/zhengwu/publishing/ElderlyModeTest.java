package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.UnitKind;

/** 适老模式: a switch on every page, without JavaScript, remembered, while the pages stay the same static files. */
@ZhengwuTest
class ElderlyModeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fx;

    @Test
    void everyPublishedPageOffersTheSwitchBackToItselfInItsScript() {
        String code = Fixture.code("old");
        Site site = fx.unitSite(code, UnitKind.TOWNSHIP, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        long id = fx.publish(news, "老年人乘车优惠" + code, "<p>正文</p>", "2026-11-20 09:30");
        String path = "/" + code + "/news/" + id + ".html";

        assertThat(fx.awaitContains(path, "老年人乘车优惠")).contains(
                "<a class=\"elderly-on\" href=\"/_zw/elderly?on=1&amp;back=" + path + "\">适老模式</a>",
                "<a class=\"elderly-off\" href=\"/_zw/elderly?on=0&amp;back=" + path + "\">退出适老模式</a>");
        assertThat(fx.awaitContains("/zh-hant" + path, "老年人乘車優惠"))
                .contains("href=\"/_zw/elderly?on=1&amp;back=/zh-hant" + path + "\">適老模式</a>");
    }

    @Test
    void theSwitchRemembersTheChoiceAndTheStylesheetFollowsIt() throws Exception {
        MvcResult on = mvc.perform(get("/_zw/elderly").param("on", "1").param("back", "/fgw/index.html"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/fgw/index.html")).andReturn();
        String cookie = on.getResponse().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("zw_elderly=1").contains("Max-Age=31536000", "HttpOnly", "SameSite=Lax", "Path=/");

        String standard = css(null);
        String elderly = css(new Cookie("zw_elderly", "1"));
        assertThat(standard).doesNotContain("font-size:125%");
        // 125 % of the browser's 16 px: a body text of 20 px, at least the 18 px the guidelines ask for
        assertThat(elderly).contains("html{font-size:125%}", ".elderly-on{display:none}", ".blocks,.halls{grid-template-columns:1fr}");

        MvcResult off = mvc.perform(get("/_zw/elderly").param("on", "0").param("back", "/zh-hant/")).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/zh-hant/")).andReturn();
        assertThat(off.getResponse().getHeader("Set-Cookie")).startsWith("zw_elderly=0").contains("Max-Age=0");
    }

    @Test
    void theSwitchSendsReadersBackOnlyToThisSite() throws Exception {
        for (String back : new String[] {"//evil.example/", "http://evil.example/", "/\\evil.example", "", "javascript:alert(1)"}) {
            mvc.perform(get("/_zw/elderly").param("on", "1").param("back", back))
                    .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/"));
        }
    }

    private String css(Cookie cookie) throws Exception {
        var request = get("/_zw/mode.css");
        if (cookie != null) {
            request.cookie(cookie);
        }
        return mvc.perform(request).andExpect(status().isOk()).andExpect(header().string("Vary", "Cookie"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
