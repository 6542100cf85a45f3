package org.zhengwu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo site group as written in {@code demo/site-group.yaml}. The file is read with SnakeYAML (every scalar as
 * text, so a date stays the text it was written as) and mapped onto these records by Jackson, which refuses unknown
 * fields so a typo in the file fails loudly instead of silently losing a value.
 */
record DemoDefinition(String city, List<DemoUnit> units, List<DemoSite> sites, List<DemoMailbox> mailboxes,
                      List<DemoLetter> letters) {

    /** A unit without a site of its own: the offices that review every unit's content. */
    record DemoUnit(String code, String name, String kind) {
    }

    List<DemoUnit> unitsOrNone() {
        return units == null ? List.of() : units;
    }

    List<DemoMailbox> mailboxesOrNone() {
        return mailboxes == null ? List.of() : mailboxes;
    }

    List<DemoLetter> lettersOrNone() {
        return letters == null ? List.of() : letters;
    }

    /** A mailbox of the interaction hall; {@code unitCode} is its routing rule. */
    record DemoMailbox(String code, String name, String kind, String leaderName, String answerDays, String unitCode,
                       String description) {
    }

    /** A made-up letter and how far it has come (see {@code org.zhengwu.interaction.SampleLetter}). */
    record DemoLetter(String mailbox, String name, String phone, String subject, String text, String publicWish,
                      String unitCode, String answer, String answerInReview, String rating, String refusalKind,
                      String refusalReason, String published) {
    }

    record DemoSite(String code, String name, String unitCode, String unitName, String kind, Boolean portal,
                    Integer sortOrder, Footer footer, List<DemoColumn> columns, List<DemoItem> items) {
    }

    record Footer(String sponsor, String organizer, String contact, String siteIdentifier, String icpRecord,
                  String policeRecord) {
    }

    record DemoColumn(String code, String name, String kind, Integer updateIntervalDays, List<DemoColumn> children) {

        List<DemoColumn> childrenOrNone() {
            return children == null ? List.of() : children;
        }
    }

    /**
     * One content item. {@code key} names a policy document so an interpretation can point to it with
     * {@code interprets}; {@code cover} and images in the body are paths under /uploads/demo/.
     */
    record DemoItem(String key, String column, String title, String subtitle, String source, String publishedAt,
                    String summary, Boolean pinned, String cover, String issuingAuthority, String documentNo,
                    String writtenDate, String topicCategory, String validity, String interprets, String body) {
    }

    /** Paths of demo images in covers and bodies: /uploads/demo/NAME, with NAME in demo/images/. */
    static final Pattern IMAGE = Pattern.compile("/uploads/demo/([A-Za-z0-9._-]+)");

    static DemoDefinition load(Resource resource) {
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new TextOnlyResolver());
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> tree = yaml.load(in);
            return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .convertValue(tree, DemoDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Resolves plain scalars to text or null only: no YAML 1.1 dates, octal numbers or "no" meaning false. */
    private static final class TextOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
