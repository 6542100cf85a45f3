package org.zhengwu.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * A public form whose files together pass the server's limit for one request
 * ({@code spring.servlet.multipart.max-request-size}): the container refuses to read it, and the first filter that
 * asks for a parameter (the CSRF check) fails, so the citizen would get the console's error page. Registered ahead of
 * security on a hall's form addresses only, this reads the request first and answers such a post with the hall's own
 * page (413, nothing kept, what to do) that the hall gives; anything else goes on unchanged.
 */
public class OversizeFormFilter extends OncePerRequestFilter {

    private final Function<HttpServletRequest, ResponseEntity<String>> tooLarge;

    public OversizeFormFilter(Function<HttpServletRequest, ResponseEntity<String>> tooLarge) {
        this.tooLarge = tooLarge;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            new StandardMultipartHttpServletRequest(request); // the container keeps the parts for whoever asks next
        } catch (MaxUploadSizeExceededException e) {
            ResponseEntity<String> page = tooLarge.apply(request);
            byte[] body = page.getBody().getBytes(StandardCharsets.UTF_8);
            response.setStatus(page.getStatusCode().value());
            response.setContentType(String.valueOf(page.getHeaders().getContentType()));
            response.setHeader("Cache-Control", page.getHeaders().getCacheControl());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        } catch (MultipartException e) {
            // not a size problem: the usual handling (the form's own checks, or a 400) takes it
        }
        chain.doFilter(request, response);
    }
}
