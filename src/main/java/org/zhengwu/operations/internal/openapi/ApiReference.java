package org.zhengwu.operations.internal.openapi;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API reference page ({@code /api/docs}): the OpenAPI document as a plain HTML table rendered on the server, so it
 * works without JavaScript and under the site's content security policy (swagger-ui would need scripts and styles from
 * elsewhere), and reads well with a screen reader. The document itself stays at {@code /v3/api-docs}.
 */
@Controller
@ConditionalOnWebApplication // springdoc's document exists only in the server, not in command-line runs
class ApiReference {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    static final String DOCUMENT = "/v3/api-docs";

    private final OpenApiWebMvcResource openApi;

    ApiReference(OpenApiWebMvcResource openApi) {
        this.openApi = openApi;
    }

    @GetMapping("/api/docs")
    String page(HttpServletRequest request, Model model) throws Exception {
        JsonNode doc = JSON.readTree(openApi.openapiJson(request, DOCUMENT, Locale.SIMPLIFIED_CHINESE));
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                if (!op.isMissingNode()) {
                    operations.add(operation(method, path.getKey(), op));
                }
            }
        }
        model.addAttribute("title", doc.path("info").path("title").asString(""));
        model.addAttribute("description", doc.path("info").path("description").asString(""));
        model.addAttribute("document", DOCUMENT);
        model.addAttribute("operations", operations);
        return "operations/apiReference";
    }

    private static ApiOperation operation(String method, String path, JsonNode op) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            parameters.add(new ApiOperation.Parameter(p.path("name").asString(""), p.path("in").asString(""),
                    p.path("required").asBoolean(false), type(p.path("schema"))));
        }
        String body = null;
        for (Map.Entry<String, JsonNode> media : op.path("requestBody").path("content").properties()) {
            body = media.getKey() + " " + type(media.getValue().path("schema"));
        }
        List<String> responses = new ArrayList<>();
        op.path("responses").properties().forEach(r -> responses.add(r.getKey()));
        String summary = op.path("summary").asString(op.path("operationId").asString(""));
        return new ApiOperation(method.toUpperCase(Locale.ROOT), path, summary, parameters, body, responses);
    }

    private static String type(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        String type = schema.path("type").asString("");
        return type.equals("array") ? type(schema.path("items")) + "[]" : type;
    }
}
