package org.zhengwu.importing;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.zhengwu.content.ImportedArticle;
import org.zhengwu.content.PublishTime;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one article line of a corpus file into an article to store, or refuses it with the precise reason: every
 * field the database would refuse is checked here, so a refused line is reported clearly and nothing of it is kept.
 */
final class ArticleLine {

    static final int MAX_TITLE = 500;
    static final int MAX_SOURCE = 200;
    static final int MAX_REF = 100;
    static final int MAX_BODY = 1_000_000;

    /** A date written as ISO 8601 begins with the calendar date; if that part is not a real day, say so. */
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2}).*");

    private ArticleLine() {
    }

    static ImportedArticle parse(String line, JsonMapper json, SiteGroupSetup.Targets targets) {
        JsonNode a;
        try {
            a = json.readTree(line);
        } catch (JacksonException e) {
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw column > 0 ? new RuleViolation("import.line.not-json.at", column) : new RuleViolation("import.line.not-json");
        }
        if (a == null || !a.isObject()) {
            throw new RuleViolation("import.line.not-object");
        }
        String ref = ref(a.get("id"));
        String siteCode = required(a, "site");
        String columnCode = required(a, "column");
        Site site = targets.site(siteCode).orElseThrow(() -> new RuleViolation("import.line.site.unknown", siteCode));
        Column column = targets.column(site, columnCode)
                .orElseThrow(() -> new RuleViolation("import.line.column.unknown", siteCode, columnCode));
        if (column.kind() == ColumnKind.LINK) {
            throw new RuleViolation("import.line.column.link", siteCode, columnCode);
        }
        String title = present(a, "title").trim();
        if (title.isEmpty()) {
            throw new RuleViolation("import.line.title.empty");
        }
        if (title.length() > MAX_TITLE) {
            throw new RuleViolation("import.line.title.too-long", MAX_TITLE, title.length());
        }
        String body = present(a, "body_html");
        if (body.length() > MAX_BODY) {
            throw new RuleViolation("import.line.body.too-long", MAX_BODY, body.length());
        }
        OffsetDateTime publishedAt = publishedAt(required(a, "published_at"));
        String source = optional(a, "unit");
        if (source != null && source.length() > MAX_SOURCE) {
            throw new RuleViolation("import.line.unit.too-long", MAX_SOURCE, source.length());
        }
        return new ImportedArticle(ref, site.id(), column.id(), title, source, publishedAt, body);
    }

    private static String ref(JsonNode id) {
        if (id == null || id.isNull()) {
            throw new RuleViolation("import.line.field.missing", "id");
        }
        String ref;
        if (id.isIntegralNumber()) {
            ref = id.bigIntegerValue().toString();
        } else if (id.isString()) {
            ref = id.stringValue().trim();
        } else {
            throw new RuleViolation("import.line.id.invalid");
        }
        if (ref.isEmpty()) {
            throw new RuleViolation("import.line.field.missing", "id");
        }
        if (ref.length() > MAX_REF) {
            throw new RuleViolation("import.line.id.too-long", MAX_REF);
        }
        return ref;
    }

    private static OffsetDateTime publishedAt(String text) {
        return PublishTime.parse(text).orElseThrow(() -> {
            var m = DATE_PREFIX.matcher(text);
            boolean impossibleDay = m.matches() && PublishTime.parseDate(m.group(1)).isEmpty();
            return new RuleViolation(impossibleDay ? "import.line.published-at.no-such-day" : "import.line.published-at.invalid", text);
        });
    }

    /** A text field that must be there and not blank. */
    private static String required(JsonNode a, String field) {
        String v = present(a, field);
        if (v.isBlank()) {
            throw new RuleViolation("import.line.field.missing", field);
        }
        return v.trim();
    }

    /** A text field that must be there, possibly empty. */
    private static String present(JsonNode a, String field) {
        JsonNode v = a.get(field);
        if (v == null || v.isNull()) {
            throw new RuleViolation("import.line.field.missing", field);
        }
        if (!v.isString()) {
            throw new RuleViolation("import.line.field.not-text", field);
        }
        return v.stringValue();
    }

    private static String optional(JsonNode a, String field) {
        JsonNode v = a.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new RuleViolation("import.line.field.not-text", field);
        }
        return v.stringValue().isBlank() ? null : v.stringValue().trim();
    }
}
