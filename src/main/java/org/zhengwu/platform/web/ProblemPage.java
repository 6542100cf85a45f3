package org.zhengwu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a {@link Problem} in the format of the part of the site the request was sent to: the console's frame for
 * {@code /admin}, JSON for {@code /api}, the Open311 error list for {@code /open311}, the site frame for everything
 * else. Each module that owns such a part provides one; {@link ErrorPages} asks them in their order and uses the first
 * that covers the address, so a page covering everything goes last.
 */
public interface ProblemPage {

    /** Whether problems of this address (without the context path) are written here. */
    boolean covers(String path);

    /** The whole answer; the status is the problem's. */
    ResponseEntity<byte[]> render(HttpServletRequest request, String path, Problem problem);

    /** An HTML page as the answer to a problem; never cached, as it answers one request. */
    static ResponseEntity<byte[]> html(Problem problem, String page) {
        return ResponseEntity.status(problem.status()).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page.getBytes(StandardCharsets.UTF_8));
    }
}
