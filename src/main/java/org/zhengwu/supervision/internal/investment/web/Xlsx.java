package org.zhengwu.supervision.internal.investment.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A workbook sent as a download, never cached. */
public final class Xlsx {

    static final MediaType TYPE = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Xlsx() {
    }

    public static ResponseEntity<byte[]> attachment(String filename, byte[] body) {
        return ResponseEntity.ok().contentType(TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore()).body(body);
    }
}
