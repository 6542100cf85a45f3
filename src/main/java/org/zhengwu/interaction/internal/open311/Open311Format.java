package org.zhengwu.interaction.internal.open311;

import java.util.Optional;
import org.springframework.http.MediaType;

/** The two formats of GeoReport v2, chosen by the resource's extension ({@code services.xml}, {@code services.json}). */
enum Open311Format {
    XML("text/xml"),
    JSON("application/json");

    private final String mediaType;

    Open311Format(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type as the discovery document names it. */
    String mediaType() {
        return mediaType;
    }

    /** The response's content type: UTF-8, as the specification demands of every response. */
    MediaType contentType() {
        return MediaType.parseMediaType(mediaType + ";charset=UTF-8");
    }

    static Optional<Open311Format> of(String extension) {
        return switch (extension == null ? "" : extension) {
            case "xml" -> Optional.of(XML);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }
}
