package org.zhengwu.interaction.internal.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.interaction.Hall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Open311 API as an app uses it in the tests: keys issued through the console as staff would, form-encoded posts,
 * every request from an address of its own (so the throttle counts only where a test means it to), and the answers
 * read as a client would: JSON with Jackson, XML with the JDK's own parser.
 */
final class Open311Client {

    private static final Pattern KEY = Pattern.compile("value=\"(zw311_[A-Za-z0-9_-]{32})\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    Open311Client(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Issues a key in the console as this staff member and reads it from the page shown right after. */
    String issueKey(StaffUser keeper, String name) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult issued = mvc.perform(post("/admin/open311/keys").session(session).with(as(keeper)).with(csrf())
                .param("name", name)).andReturn();
        assertThat(issued.getResponse().getStatus()).isEqualTo(302);
        String page = mvc.perform(get("/admin/open311/keys").session(session).with(as(keeper)).flashAttrs(
                issued.getFlashMap())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = KEY.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(Hall.freshAddress())).andReturn().getResponse();
    }

    /** A well-formed letter as an app posts it, form-encoded; change or remove parameters as a test needs. */
    static MockHttpServletRequestBuilder letter(String format, String apiKey, String serviceCode) {
        MockHttpServletRequestBuilder b = post("/open311/v2/requests." + format)
                .contentType("application/x-www-form-urlencoded")
                .param("service_code", serviceCode).param("first_name", "小明").param("last_name", "王")
                .param("phone", "13912345678").param("email", "wang@example.com")
                .param("description", "小区门口路灯坏了一个月。请尽快修理，晚上出行很不方便。");
        if (apiKey != null) {
            b.param("api_key", apiKey);
        }
        return b;
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        return JSON.readTree(response.getContentAsByteArray());
    }

    /** Parses the answer with the JDK's parser after checking the declaration names UTF-8. */
    static Document xml(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).isEqualTo("text/xml;charset=UTF-8");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(doc.getXmlEncoding()).isEqualTo("UTF-8");
        return doc;
    }

    /** The element children of an element, in order. */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    /** The text of the one child element with this name. */
    static String text(Element parent, String name) {
        List<Element> found = children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
        assertThat(found).as(name).hasSize(1);
        return found.get(0).getTextContent();
    }
}
