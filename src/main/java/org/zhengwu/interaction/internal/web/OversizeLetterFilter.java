package org.zhengwu.interaction.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.zhengwu.interaction.internal.LetterFiles;

/**
 * A letter whose attachments together pass the server's limit for one request
 * ({@code spring.servlet.multipart.max-request-size}): the container refuses to read it, and the first filter that
 * asks for a parameter (the CSRF check) fails, so the writer would get the console's error page. This filter, ahead of
 * security on the write form's address only, reads the request first and answers such a letter with the hall's own
 * page in the site frame: 413, nothing kept, what to do. Anything else goes on unchanged.
 */
class OversizeLetterFilter extends OncePerRequestFilter {

    private final HallPages pages;

    OversizeLetterFilter(HallPages pages) {
        this.pages = pages;
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
            HallText t = pages.text(request);
            ResponseEntity<String> page = pages.problem(HttpStatus.PAYLOAD_TOO_LARGE, t,
                    t.t("interaction.letter.request.too-large.title"), t.t("interaction.letter.request.too-large",
                            LetterFiles.MAX_FILES, LetterFiles.MAX_BYTES / (1024 * 1024)), "/hdjl/");
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
