package org.zhengwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A public form posted as a browser would (the halls' letters and applications): the answer is a 303 to the receipt,
 * which is read once in the same session for its number and query code.
 */
public final class PublicReceipts {

    /** What the receipt showed. */
    public record Shown(String number, String code) {
    }

    private PublicReceipts() {
    }

    /** @param code a pattern whose first group is the query code */
    public static Shown post(MockMvc mvc, MockMultipartHttpServletRequestBuilder form, String receiptPath, Pattern number,
                             Pattern code) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult posted = mvc.perform(form.session(session)).andReturn();
        assertThat(posted.getResponse().getStatus()).as(posted.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(303);
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(receiptPath);
        String page = mvc.perform(get(receiptPath).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher n = number.matcher(page);
        Matcher c = code.matcher(page);
        assertThat(n.find()).as(page).isTrue();
        assertThat(c.find()).as(page).isTrue();
        return new Shown(n.group(), c.group(1));
    }
}
