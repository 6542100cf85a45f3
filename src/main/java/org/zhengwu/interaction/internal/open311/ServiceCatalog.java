package org.zhengwu.interaction.internal.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.internal.open311.Open311Document.Fields;
import org.zhengwu.interaction.internal.open311.Open311Document.Many;

/**
 * The services of GeoReport v2: the hall's enabled mailboxes (service_code is the mailbox's code, group its kind).
 * Every service has {@code metadata} true and one attribute, {@code public}: whether the writer agrees that the letter
 * and its answer are published with personal data removed, as the hall's form asks; left out it means no. Letters are
 * not geographic, so no location is required (see {@link RequestIntake}).
 */
@Component
class ServiceCatalog {

    /** The attribute's code; clients post it as {@code attribute[public]}. */
    static final String PUBLIC = "public";

    private final Mailboxes mailboxes;
    private final Open311Text text;

    ServiceCatalog(Mailboxes mailboxes, Open311Text text) {
        this.mailboxes = mailboxes;
        this.text = text;
    }

    /** The enabled mailbox with this code. */
    Optional<Mailbox> service(String code) {
        return code == null ? Optional.empty() : mailboxes.byCode(code).filter(Mailbox::enabled);
    }

    Open311Document services() {
        return new Open311Document("services", new Many("service",
                mailboxes.enabled().stream().map(this::service).toList()));
    }

    /** The service definition; a disabled or unknown mailbox is a 404. */
    Open311Document definition(String code) {
        Mailbox box = service(code).orElseThrow(() -> unknown(code));
        Many options = new Many("value", List.of(
                new Fields().put("key", "true").put("name", text.t("open311.attribute.public.yes")),
                new Fields().put("key", "false").put("name", text.t("open311.attribute.public.no"))));
        Fields attribute = new Fields().put("variable", true).put("code", PUBLIC).put("datatype", "singlevaluelist")
                .put("required", false).put("datatype_description", text.t("open311.attribute.public.datatype"))
                .put("order", 1).put("description", text.t("open311.attribute.public.description"))
                .put("values", options);
        return new Open311Document("service_definition", new Fields().put("service_code", box.code())
                .put("attributes", new Many("attribute", List.of(attribute))));
    }

    Open311Failure unknown(String code) {
        return new Open311Failure(HttpStatus.NOT_FOUND,
                text.t("open311.error.service.unknown", code == null ? "" : code));
    }

    private Fields service(Mailbox m) {
        String group = text.t("interaction.mailbox.kind." + m.kind().name());
        List<String> keywords = new ArrayList<>(List.of(group));
        if (m.leaderName() != null) {
            keywords.add(m.leaderName());
        }
        return new Fields().put("service_code", m.code()).put("service_name", m.name())
                .put("description", m.description()).put("metadata", true).put("type", "realtime")
                .put("keywords", String.join(",", keywords)).put("group", group);
    }
}
