package org.zhengwu.interaction.internal.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.zhengwu.interaction.internal.open311.Open311Client.children;
import static org.zhengwu.interaction.internal.open311.Open311Client.names;
import static org.zhengwu.interaction.internal.open311.Open311Client.text;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import tools.jackson.databind.JsonNode;

/** Discovery, the service list and service definitions against GeoReport v2, in both formats. */
@ZhengwuTest
class Open311ServicesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    Mailboxes mailboxes;

    private Open311Client api() {
        return new Open311Client(mvc);
    }

    @Test
    void theDiscoveryDocumentNamesTheV2EndpointAtTheBaseUrlWithBothFormats() throws Exception {
        JsonNode d = Open311Client.json(api().perform(get("/open311/discovery.json")));
        assertThat(OffsetDateTime.parse(d.get("changeset").asString())).isNotNull();
        assertThat(d.get("contact").asString()).contains("/hdjl/");
        assertThat(d.get("key_service").asString()).isNotBlank();
        JsonNode endpoint = d.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).isEqualTo("http://localhost:8080/open311/v2");
        assertThat(endpoint.get("type").asString()).isEqualTo("production");
        assertThat(endpoint.get("formats").valueStream().map(JsonNode::asString).toList())
                .containsExactly("text/xml", "application/json");

        Element root = Open311Client.xml(api().perform(get("/open311/discovery.xml"))).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(names(root)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element e = children(children(root).get(3)).get(0);
        assertThat(e.getTagName()).isEqualTo("endpoint");
        assertThat(names(e)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(text(e, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(children(children(e).get(4)).stream().map(f -> f.getTagName() + "=" + f.getTextContent()))
                .containsExactly("format=text/xml", "format=application/json");
    }

    @Test
    void theServicesAreTheEnabledMailboxesWithTheSpecificationsFields() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.LEADER, null, 10);
        Mailbox off = mailboxes.setEnabled(hall.mailbox(MailboxKind.COMPLAINT, null, 10).id(), false);

        JsonNode list = Open311Client.json(api().perform(get("/open311/v2/services.json")));
        JsonNode s = list.valueStream().filter(n -> n.get("service_code").asString().equals(box.code())).findFirst()
                .orElseThrow();
        assertThat(s.propertyNames()).containsExactly("service_code", "service_name", "description", "metadata",
                "type", "keywords", "group");
        assertThat(s.get("service_name").asString()).isEqualTo(box.name());
        assertThat(s.get("metadata").asBoolean()).isTrue();
        assertThat(s.get("type").asString()).isEqualTo("realtime");
        assertThat(s.get("group").asString()).isEqualTo("领导信箱");
        assertThat(s.get("keywords").asString()).isEqualTo("领导信箱,李明");
        assertThat(list.valueStream().map(n -> n.get("service_code").asString())).doesNotContain(off.code());

        Element root = Open311Client.xml(api().perform(get("/open311/v2/services.xml"))).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("services");
        assertThat(names(root)).isNotEmpty().allMatch("service"::equals);
        Element x = children(root).stream().filter(e -> text(e, "service_code").equals(box.code())).findFirst()
                .orElseThrow();
        assertThat(names(x)).containsExactly("service_code", "service_name", "description", "metadata", "type",
                "keywords", "group");
        assertThat(text(x, "service_name")).isEqualTo(box.name());
        assertThat(text(x, "metadata")).isEqualTo("true");
        assertThat(children(root).stream().map(e -> text(e, "service_code"))).doesNotContain(off.code());
    }

    @Test
    void aServiceDefinitionOffersThePublicAttributeAndAnUnknownServiceIsA404InTheErrorFormat() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.CONSULTATION, null, 10);
        JsonNode d = Open311Client.json(api().perform(get("/open311/v2/services/" + box.code() + ".json")));
        assertThat(d.get("service_code").asString()).isEqualTo(box.code());
        JsonNode a = d.get("attributes").get(0);
        assertThat(a.get("code").asString()).isEqualTo("public");
        assertThat(a.get("variable").asBoolean()).isTrue();
        assertThat(a.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(a.get("required").asBoolean()).isFalse();
        assertThat(a.get("order").asInt()).isEqualTo(1);
        assertThat(a.get("values").valueStream().map(v -> v.get("key").asString())).containsExactly("true", "false");

        Element root = Open311Client.xml(api().perform(get("/open311/v2/services/" + box.code() + ".xml")))
                .getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(names(root)).containsExactly("service_code", "attributes");
        Element attribute = children(children(root).get(1)).get(0);
        assertThat(attribute.getTagName()).isEqualTo("attribute");
        assertThat(names(attribute)).containsExactly("variable", "code", "datatype", "required",
                "datatype_description", "order", "description", "values");
        Element value = children(children(attribute).get(7)).get(0);
        assertThat(value.getTagName()).isEqualTo("value");
        assertThat(names(value)).containsExactly("key", "name");

        MockHttpServletResponse json = api().perform(get("/open311/v2/services/no-such-box.json"));
        assertThat(json.getStatus()).isEqualTo(404);
        JsonNode error = Open311Client.json(json).get(0);
        assertThat(error.get("code").asInt()).isEqualTo(404);
        assertThat(error.get("description").asString()).contains("no-such-box");

        MockHttpServletResponse xml = api().perform(get("/open311/v2/services/no-such-box.xml"));
        assertThat(xml.getStatus()).isEqualTo(404);
        assertError(Open311Client.xml(xml), 404, "no-such-box");
    }

    @Test
    void anUnknownFormatOrResourceIsA404InTheErrorFormatNeverAStackTrace() throws Exception {
        MockHttpServletResponse csv = api().perform(get("/open311/v2/services.csv"));
        assertThat(csv.getStatus()).isEqualTo(404);
        assertError(Open311Client.xml(csv), 404, "csv");

        MockHttpServletResponse other = api().perform(get("/open311/v2/nothing.json"));
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(Open311Client.json(other).get(0).get("code").asInt()).isEqualTo(404);

        MockHttpServletResponse put = api().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/open311/v2/services.xml"));
        assertThat(put.getStatus()).as("a resource that takes other methods").isEqualTo(405);
        assertThat(put.getHeader("Allow")).contains("GET").doesNotContain("POST");
        assertError(Open311Client.xml(put), 405, "PUT");
        assertThat(put.getContentAsString()).doesNotContain("Exception", "at org.");
    }

    static void assertError(Document doc, int code, String descriptionPart) {
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("errors");
        List<Element> errors = children(root);
        assertThat(errors).isNotEmpty().allMatch(e -> e.getTagName().equals("error"));
        assertThat(names(errors.get(0))).containsExactly("code", "description");
        assertThat(text(errors.get(0), "code")).isEqualTo(String.valueOf(code));
        assertThat(errors.stream().map(e -> text(e, "description"))).anyMatch(d -> d.contains(descriptionPart));
    }
}
