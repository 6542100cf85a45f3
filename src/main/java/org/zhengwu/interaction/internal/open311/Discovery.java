package org.zhengwu.interaction.internal.open311;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.internal.open311.Open311Document.Fields;
import org.zhengwu.interaction.internal.open311.Open311Document.Many;
import org.zhengwu.platform.ZhengwuProperties;

/**
 * The service discovery document ({@code /open311/discovery.json|xml}): one production endpoint of GeoReport v2 at
 * {@code zhengwu.base-url}/open311/v2, in both formats. Its {@code changeset} tells clients when to reload the service
 * list: it is the time this node first saw the current list of services (the enabled mailboxes with their names,
 * descriptions and kinds), so it moves when the administrator changes a mailbox, and after a restart (which only makes
 * clients reload once more than needed).
 */
@Component
class Discovery {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private record Seen(int fingerprint, OffsetDateTime at) {
    }

    private final Mailboxes mailboxes;
    private final Open311Text text;
    private final Clock clock;
    private final String baseUrl;
    private final AtomicReference<Seen> seen = new AtomicReference<>();

    Discovery(Mailboxes mailboxes, Open311Text text, Clock clock, ZhengwuProperties properties) {
        this.mailboxes = mailboxes;
        this.text = text;
        this.clock = clock;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    Open311Document document() {
        String changeset = PublicRequests.iso(changeset());
        Fields endpoint = new Fields().put("specification", SPECIFICATION).put("url", baseUrl + "/open311/v2")
                .put("changeset", changeset).put("type", "production")
                .put("formats", new Many("format", List.of(Open311Format.XML.mediaType(),
                        Open311Format.JSON.mediaType())));
        return new Open311Document("discovery", new Fields().put("changeset", changeset)
                .put("contact", text.t("open311.discovery.contact", baseUrl))
                .put("key_service", text.t("open311.discovery.key-service", baseUrl))
                .put("endpoints", new Many("endpoint", List.of(endpoint))));
    }

    private OffsetDateTime changeset() {
        int fingerprint = Objects.hash(mailboxes.enabled().stream()
                .map(m -> List.of(m.code(), m.name(), m.description(), m.kind(), Objects.toString(m.leaderName())))
                .toList());
        return seen.updateAndGet(s -> s != null && s.fingerprint() == fingerprint ? s
                : new Seen(fingerprint, OffsetDateTime.now(clock).withNano(0))).at();
    }
}
