package org.zhengwu.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.UnitKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Line 1 of a corpus file: {@code {"sites":[{code,name,kind,columns:[{code,name,kind}]}]}}, read into the sites and
 * columns the import needs. Anything wrong is refused with a reason before anything is created.
 */
record CorpusHeader(List<SiteSpec> sites) {

    record SiteSpec(String code, String name, UnitKind kind, List<ColumnSpec> columns) {
    }

    record ColumnSpec(String code, String name, ColumnKind kind) {
    }

    /** The corpus spells kinds in lower case; unit kinds are the sites module's. */
    private static final Map<String, UnitKind> UNIT_KINDS = Map.of(
            "portal", UnitKind.PORTAL, "department", UnitKind.DEPARTMENT, "township", UnitKind.TOWNSHIP,
            "office", UnitKind.OFFICE);

    private static final Map<String, ColumnKind> COLUMN_KINDS = Map.of(
            "news", ColumnKind.NEWS, "notice", ColumnKind.NOTICE, "policy", ColumnKind.POLICY,
            "interpretation", ColumnKind.INTERPRETATION, "photo", ColumnKind.PHOTO, "guide", ColumnKind.GUIDE,
            "page", ColumnKind.PAGE, "download", ColumnKind.DOWNLOAD);

    /** A column with this code holds policy interpretations, whatever kind the file gives it. */
    static final String INTERPRETATION_CODE = "interpret";

    static CorpusHeader parse(String line, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(line);
        } catch (JacksonException e) {
            throw new RuleViolation("import.header.not-json");
        }
        if (root == null || !root.isObject() || !root.path("sites").isArray()) {
            throw new RuleViolation("import.header.no-sites");
        }
        List<SiteSpec> sites = new ArrayList<>();
        Set<String> siteCodes = new HashSet<>();
        int portals = 0;
        int n = 0;
        for (JsonNode s : root.get("sites")) {
            n++;
            String code = text(s, "code", "import.header.site.field", n);
            String name = text(s, "name", "import.header.site.field", n);
            String kindText = text(s, "kind", "import.header.site.field", n);
            UnitKind kind = UNIT_KINDS.get(kindText.toLowerCase(Locale.ROOT));
            if (kind == null) {
                throw new RuleViolation("import.header.site.kind", code, kindText);
            }
            if (!siteCodes.add(code)) {
                throw new RuleViolation("import.header.site.duplicate", code);
            }
            if (kind == UnitKind.PORTAL && ++portals > 1) {
                throw new RuleViolation("import.header.portal.twice");
            }
            JsonNode cols = s.path("columns");
            if (!cols.isArray() && !cols.isMissingNode()) {
                throw new RuleViolation("import.header.columns.not-list", code);
            }
            List<ColumnSpec> columns = new ArrayList<>();
            Set<String> columnCodes = new HashSet<>();
            int m = 0;
            for (JsonNode c : cols) {
                m++;
                String ccode = text(c, "code", "import.header.column.field", code, m);
                String cname = text(c, "name", "import.header.column.field", code, m);
                String ckindText = text(c, "kind", "import.header.column.field", code, m);
                ColumnKind ckind = INTERPRETATION_CODE.equals(ccode) ? ColumnKind.INTERPRETATION
                        : COLUMN_KINDS.get(ckindText.toLowerCase(Locale.ROOT));
                if (ckind == null) {
                    throw new RuleViolation("import.header.column.kind", code, ccode, ckindText);
                }
                if (!columnCodes.add(ccode)) {
                    throw new RuleViolation("import.header.column.duplicate", code, ccode);
                }
                columns.add(new ColumnSpec(ccode, cname, ckind));
            }
            sites.add(new SiteSpec(code, name, kind, List.copyOf(columns)));
        }
        return new CorpusHeader(List.copyOf(sites));
    }

    /** A required text field; the violation names where it is ({@code place}: the site number, or site code and column number). */
    private static String text(JsonNode node, String field, String key, Object... place) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isString() || v.stringValue().isBlank()) {
            Object[] args = java.util.Arrays.copyOf(place, place.length + 1);
            args[place.length] = field;
            throw new RuleViolation(key, args);
        }
        return v.stringValue().trim();
    }
}
