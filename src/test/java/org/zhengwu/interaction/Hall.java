package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.PublicReceipts;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * The hall as a citizen uses it in the tests: mailboxes made through the real service, the write form posted with a
 * form token issued half a minute ago (as if a person had typed), each letter from an address of its own (so the
 * per-address throttle only counts where a test means it to), and the receipt read from the session. A bean of the
 * one shared test context, holding no state of its own.
 */
@Component
@ConditionalOnWebApplication // the command-line start (CommandStartTest) has no MockMvc
public class Hall {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern NUMBER = Pattern.compile("XJ\\d{8}[2-9A-Z]{8}");
    private static final Pattern CODE = Pattern.compile("查询码</dt><dd><strong class=\"hall-code\">([2-9A-Z]{8})<");

    /** A letter as submitted: what the writer got back. */
    public record Receipt(String number, String code) {
    }

    private final MockMvc mvc;
    private final Mailboxes mailboxes;
    private final FormGuard earlierGuard;

    Hall(MockMvc mvc, Mailboxes mailboxes, FieldCipher cipher) {
        this.mvc = mvc;
        this.mailboxes = mailboxes;
        this.earlierGuard = new FormGuard(cipher.signingKey("zhengwu form guard"),
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-30)), Duration.ofSeconds(3), Duration.ofHours(12));
    }

    /** A new enabled mailbox; {@code unitId} null leaves its letters with the dispatcher. */
    public Mailbox mailbox(MailboxKind kind, Long unitId, int days) {
        String code = ConsoleFixtures.code("box");
        return mailboxes.create(new MailboxDetails(code, "信箱" + code, kind, "测试用信箱",
                kind == MailboxKind.LEADER ? "李明" : null, unitId, days, 10));
    }

    /** A form token as the write form of this mailbox handed it out half a minute ago. */
    public String token(Mailbox box) {
        return earlierGuard.issue("letter:" + box.code());
    }

    /** A rating form's token as the writer's progress page handed it out half a minute ago. */
    public String ratingToken(String number) {
        return earlierGuard.issue("rating:" + number);
    }

    /** A network address no other request of the suite has used. */
    public static RequestPostProcessor freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Replaces a field of a prepared form (a builder's {@code param} would add a second value). */
    public static RequestPostProcessor set(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }

    /** The write form filled in well, with a valid token, ready to post (add files or change fields as needed). */
    public MockMultipartHttpServletRequestBuilder letter(Mailbox box, String subject, String text) {
        MockMultipartHttpServletRequestBuilder b = multipart("/hdjl/write/" + box.code());
        b.param("name", "王小明").param("phone", "13912345678").param("email", "wang@example.com")
                .param("subject", subject).param("text", text).param("publicWish", "yes")
                .param(FormGuard.TOKEN_FIELD, token(box)).param(FormGuard.TRAP_FIELD, "");
        b.with(freshAddress()); // no CSRF token: the hall's forms must work without a session
        return b;
    }

    /** Posts a good letter and reads its receipt, as the writer's browser would. */
    public Receipt submit(Mailbox box, String subject, String text, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder b = letter(box, subject, text);
        for (MockMultipartFile f : files) {
            b.file(f);
        }
        PublicReceipts.Shown shown = PublicReceipts.post(mvc, b, "/hdjl/receipt", NUMBER, CODE);
        return new Receipt(shown.number(), shown.code());
    }

    /** Looks the letter up with its number and code; returns the session that may now see it. */
    public MockHttpSession lookUp(Receipt r) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/hdjl/query").session(session).with(freshAddress())
                .param("number", r.number()).param("code", r.code())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hdjl/query/" + r.number());
        return session;
    }

    /** The writer's progress page, as text. */
    public String progress(Receipt r, MockHttpSession session) throws Exception {
        return mvc.perform(get("/hdjl/query/" + r.number()).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    public static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("files", name, "application/pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }
}
