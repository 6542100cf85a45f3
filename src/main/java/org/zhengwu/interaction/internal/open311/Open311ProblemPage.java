package org.zhengwu.interaction.internal.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.internal.open311.Open311Document.Fields;
import org.zhengwu.interaction.internal.open311.Open311Document.Many;
import org.zhengwu.platform.web.Problem;
import org.zhengwu.platform.web.ProblemPage;

/**
 * Problems the container or a filter raises under {@code /open311} before the API's controller is reached (an
 * address over 8 KB, parameters that are not UTF-8, a form over the size limit): the specification's error list in
 * the format the address asks for, XML when it names none.
 */
@Component
@Order(0)
class Open311ProblemPage implements ProblemPage {

    /** How long a client held back by the per-minute limits should wait at most. */
    static final String RETRY_AFTER_SECONDS = "60";

    @Override
    public boolean covers(String path) {
        return path.equals("/open311") || path.startsWith("/open311/");
    }

    @Override
    public ResponseEntity<byte[]> render(HttpServletRequest request, String path, Problem problem) {
        Open311Format format = Open311Format.of(path.substring(path.lastIndexOf('.') + 1)).orElse(Open311Format.XML);
        return errors(problem.status(), List.of(problem.message()), format);
    }

    /** The error list ({@code <errors><error><code>…}); a 429 says when to come back. */
    static ResponseEntity<byte[]> errors(HttpStatus status, List<String> descriptions, Open311Format format) {
        List<Fields> errors = descriptions.stream()
                .map(d -> new Fields().put("code", status.value()).put("description", d)).toList();
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(format.contentType());
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            answer.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return answer.body(Open311Writer.write(new Open311Document("errors", new Many("error", errors)), format));
    }
}
