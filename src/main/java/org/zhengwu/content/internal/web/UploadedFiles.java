package org.zhengwu.content.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.internal.UploadStore;

/**
 * Serves uploaded files at {@code /uploads/**}. Only files of the accepted types are served, always with their
 * fixed content type (never HTML or script) and {@code X-Content-Type-Options: nosniff}; everything but images is
 * sent as a download ({@code Content-Disposition: attachment}) under the uploader's file name. Stored names are
 * random and never reused, so files may be cached for long.
 */
@RestController
class UploadedFiles {

    private final UploadStore uploads;
    private final ContentQueries queries;

    UploadedFiles(UploadStore uploads, ContentQueries queries) {
        this.uploads = uploads;
        this.queries = queries;
    }

    @GetMapping("/uploads/**")
    ResponseEntity<Resource> serve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Path> file = uploads.resolve(path);
        if (file.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // the error page says so in the site frame
        }
        String storedName = file.get().getFileName().toString();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(UploadStore.contentType(storedName).orElseThrow()));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        headers.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
        if (UploadStore.isImage(storedName)) {
            headers.setContentDisposition(ContentDisposition.inline().build());
        } else {
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(downloadName(path, storedName), StandardCharsets.UTF_8).build());
        }
        return ResponseEntity.ok().headers(headers).body(new FileSystemResource(file.get()));
    }

    /** The uploader's name for an attachment; the stored name when the database cannot say (the file still serves). */
    private String downloadName(String path, String storedName) {
        try {
            return queries.attachmentFileName(path).orElse(storedName);
        } catch (DataAccessException e) {
            return storedName;
        }
    }
}
