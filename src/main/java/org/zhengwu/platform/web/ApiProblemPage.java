package org.zhengwu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Problems of the JSON API ({@code /api}): {@code {"status": 400, "error": "…"}}, as its own refusals. */
@Component
@Order(0)
class ApiProblemPage implements ProblemPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public boolean covers(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public ResponseEntity<byte[]> render(HttpServletRequest request, String path, Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problem.status().value());
        body.put("error", problem.message());
        return ResponseEntity.status(problem.status()).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
    }
}
