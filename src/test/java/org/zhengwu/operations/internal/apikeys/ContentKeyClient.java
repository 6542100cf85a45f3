package org.zhengwu.operations.internal.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.accounts.internal.StaffUser;

/** Issues content API keys through the console page and calls the content API with them, as a feeding system would. */
final class ContentKeyClient {

    private static final Pattern KEY = Pattern.compile("id=\"issued-secret\" readonly value=\"(zwapi_[A-Za-z0-9_-]+)\"");

    private final MockMvc mvc;

    ContentKeyClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The key the administrator was shown once, on the page after issuing it. */
    String issue(StaffUser administrator, long unitId, String name) throws Exception {
        MvcResult issued = mvc.perform(post("/admin/api-keys").with(as(administrator)).with(csrf())
                .param("unit", String.valueOf(unitId)).param("name", name)).andReturn();
        assertThat(issued.getResponse().getStatus()).isEqualTo(302);
        String page = mvc.perform(get("/admin/api-keys").with(as(administrator)).flashAttrs(issued.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = KEY.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    MockHttpServletResponse call(String key, MockHttpServletRequestBuilder request) throws Exception {
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        r.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return r;
    }

    MockHttpServletResponse json(String key, MockHttpServletRequestBuilder request, String body) throws Exception {
        return call(key, request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }
}
