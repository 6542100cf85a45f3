package org.zhengwu.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.SiteDirectory;

/** {@code /admin/content/{id}/preview}: the item's page as it is saved now, drafts included; nothing is written. */
@Controller
class PreviewController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final SitePublisher publisher;
    private final MessageSource messages;
    private final ContentQueries content;
    private final SiteDirectory sites;
    private final UnitScope scope;

    PreviewController(SitePublisher publisher, MessageSource messages, ContentQueries content, SiteDirectory sites,
                      UnitScope scope) {
        this.publisher = publisher;
        this.messages = messages;
        this.content = content;
        this.sites = sites;
        this.scope = scope;
    }

    @GetMapping("/admin/content/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable long id, Locale locale) {
        // drafts are unit business: the owning unit's staff, the supervisor and administrators may see them
        content.item(id).flatMap(item -> sites.site(item.siteId())).ifPresent(site -> scope.requireView(site.unitId()));
        try {
            return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
                    .header("X-Robots-Tag", "noindex").body(publisher.preview(id));
        } catch (RuleViolation e) {
            byte[] text = messages.getMessage(e.key(), e.args(), e.key(), locale).getBytes(StandardCharsets.UTF_8);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(text);
        }
    }
}
