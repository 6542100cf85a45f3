package org.zhengwu.operations.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document of /api/v1 and Open311, and its reference page that needs no script. */
@ZhengwuTest
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(path)).andReturn().getResponse();
        r.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return r;
    }

    @Test
    void theDocumentDescribesTheJsonApisAndOpen311AndNothingOfTheConsole() throws Exception {
        MockHttpServletResponse r = get("/v3/api-docs");
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode doc = JsonMapper.builder().build().readTree(r.getContentAsString());
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.path("paths").properties().forEach(p -> paths.add(p.getKey()));
        assertThat(paths).contains("/api/v1/content", "/api/v1/content/{id}", "/api/v1/content/{id}/submission",
                "/api/v1/service-items", "/api/v1/service-items/{code}", "/api/v1/search",
                "/open311/v2/requests.{format}", "/open311/discovery.{format}");
        assertThat(paths).noneMatch(p -> p.startsWith("/admin") || p.contains("**") || p.startsWith("/actuator"));
        assertThat(doc.path("paths").path("/api/v1/content/{id}").path("get").path("security").toString())
                .contains("contentKey");
        assertThat(doc.path("components").path("securitySchemes").path("contentKey").path("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void theReferencePageIsATableReadableWithoutScriptsOrAScreenReadersGuessing() throws Exception {
        MockHttpServletResponse r = get("/api/docs");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("text/html");
        String page = r.getContentAsString();
        assertThat(page).contains("<html lang=\"zh-CN\">", "<h1>接口说明", "<caption>接口列表</caption>",
                "<th scope=\"col\">方法</th>", "<th scope=\"row\" lang=\"en\"><code>/api/v1/content/{id}</code></th>",
                "查看稿件状态", "href=\"/v3/api-docs\"", "/open311/v2/requests.{format}")
                .doesNotContain("<script", "style=");
    }
}
