package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.storage.DataDirectory;

/**
 * Bad input and abuse at the hall's public forms: every refusal is specific, keeps what was typed, stores nothing;
 * forged query codes and guessed tracking numbers reveal nothing and are throttled, as are floods of letters.
 */
@ZhengwuTest
class HallAbuseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataDirectory data;

    Mailbox box;

    @BeforeEach
    void setUp() {
        box = hall.mailbox(MailboxKind.MAYOR, null, 15);
    }

    private long letters() {
        return jdbc.sql("SELECT COUNT(*) FROM letter").query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM letter_attachment").query(Long.class).single();
    }

    private long storedFiles() throws IOException {
        Path root = data.resolve("letters");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void anEmptyLetterNamesEveryMissingFieldLinksEachMessageToItsFieldAndStoresNothing() throws Exception {
        long before = letters();
        String page = mvc.perform(hall.letter(box, "", "").with(Hall.set("name", " ")).with(Hall.set("phone", "")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("提交未成功，请修改以下4处").contains("role=\"alert\"")
                .contains("<a href=\"#name\">请填写姓名</a>").contains("<a href=\"#phone\">请填写联系电话</a>")
                .contains("<a href=\"#subject\">请填写主题</a>").contains("<a href=\"#text\">请填写来信内容</a>")
                .contains("id=\"name-error\"").contains("aria-describedby=\"name-hint name-error\"")
                .contains("aria-invalid=\"true\"").contains("value=\"wang@example.com\"");
        assertThat(letters()).isEqualTo(before);
    }

    @Test
    void anOversizeLetterSaysHowMuchTooLongItIsAndKeepsTheText() throws Exception {
        long before = letters();
        String text = "长".repeat(5001);
        mvc.perform(hall.letter(box, "题".repeat(101), text))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("主题不能超过100个字，您输入了101个字")))
                .andExpect(content().string(containsString("来信内容不能超过5000个字，您输入了5001个字")))
                .andExpect(content().string(containsString("（您已输入5001个字）")))
                .andExpect(content().string(containsString(text + "</textarea>")));
        assertThat(letters()).isEqualTo(before);
    }

    @Test
    void aScriptInTheLetterIsRefusedAndShownBackEscaped() throws Exception {
        long before = letters();
        mvc.perform(hall.letter(box, "你好", "请看<script>alert('x')</script>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("来信内容中不能含有网页标记或脚本")))
                .andExpect(content().string(containsString("请看&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(hall.letter(box, "你好", "第一行\u0007响铃"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("来信内容中含有不可见的控制字符")));
        assertThat(letters()).isEqualTo(before);
    }

    @Test
    void aProgramRenamedPdfTooManyFilesAndForbiddenTypesAreRefusedAndNoFileIsLeft() throws Exception {
        long before = letters();
        long files = storedFiles();
        MockMultipartFile exe = new MockMultipartFile("files", "扫描件.pdf", "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        mvc.perform(hall.letter(box, "附件", "见附件").file(Hall.pdf("a.pdf")).file(exe))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("附件“扫描件.pdf”的内容不是它的扩展名所说的PDF文件")))
                .andExpect(content().string(containsString("浏览器不会保留已选的附件")));
        mvc.perform(hall.letter(box, "附件", "见附件").file(new MockMultipartFile("files", "setup.exe",
                        "application/octet-stream", new byte[] {'M', 'Z'})))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("附件“setup.exe”的格式不能上传，只能上传：pdf、jpg、jpeg、png、docx、xlsx")));
        mvc.perform(hall.letter(box, "附件", "见附件").file(Hall.pdf("1.pdf")).file(Hall.pdf("2.pdf"))
                        .file(Hall.pdf("3.pdf")).file(Hall.pdf("4.pdf")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最多只能上传3个附件，您选择了4个")));
        assertThat(letters()).isEqualTo(before);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void theFormCheckRefusesAMissingOrForgedTokenAFilledTrapAndAnAnswerFasterThanAPerson() throws Exception {
        long before = letters();
        mvc.perform(hall.letter(box, "主题", "内容").with(Hall.set(FormGuard.TOKEN_FIELD, "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表单缺少校验信息")))
                .andExpect(content().string(containsString("value=\"主题\"")));
        mvc.perform(hall.letter(box, "主题", "内容").with(Hall.set(FormGuard.TOKEN_FIELD, "lkjh.abcdefghijklmnopqrstuvwxyz0")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表单校验信息无效")));
        mvc.perform(hall.letter(box, "主题", "内容").with(Hall.set(FormGuard.TRAP_FIELD, "http://spam.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请不要填写标明“请勿填写”的栏目")));
        String form = mvc.perform(get("/hdjl/write/" + box.code())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String fresh = form.replaceAll("(?s).*name=\"_form\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(hall.letter(box, "主题", "内容").with(Hall.set(FormGuard.TOKEN_FIELD, fresh)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("提交过快")));
        Mailbox other = hall.mailbox(MailboxKind.MAYOR, null, 15);
        mvc.perform(hall.letter(box, "主题", "内容").with(Hall.set(FormGuard.TOKEN_FIELD, hall.token(other))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表单校验信息无效")));
        assertThat(letters()).isEqualTo(before);
    }

    /**
     * Issue 12: "too fast" after 4 s of typing. The writer had been on the form half a minute, forgot the subject,
     * added it and sent again at once: the form shown again used to carry a fresh token, so the second post was
     * refused as faster than a person. It now keeps the first token and counts from when the form was first served.
     */
    @Test
    void aWriterWhoFixesAFieldAndSendsAgainAtOnceIsNotTooFast() throws Exception {
        long before = letters();
        String shownAgain = mvc.perform(hall.letter(box, "", "来信内容写了很久。")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写主题")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = shownAgain.replaceAll("(?s).*name=\"_form\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(hall.letter(box, "补上的主题", "来信内容写了很久。").with(Hall.set(FormGuard.TOKEN_FIELD, token)))
                .andExpect(status().isSeeOther());
        assertThat(letters()).isEqualTo(before + 1);
    }

    @Test
    void aFloodOfLettersFromOneAddressIsThrottledAndTheTypedTextIsKept() throws Exception {
        long before = letters();
        for (int i = 0; i < 10; i++) {
            mvc.perform(hall.letter(box, "", "刷屏").with(from("192.0.2.77"))).andExpect(status().isBadRequest());
        }
        mvc.perform(hall.letter(box, "第十一封", "刷屏").with(from("192.0.2.77")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("您的提交过于频繁，请一分钟后再试")))
                .andExpect(content().string(containsString("value=\"第十一封\"")));
        assertThat(letters()).isEqualTo(before);
        mvc.perform(hall.letter(box, "另一个地址", "正常来信").with(from("192.0.2.78"))).andExpect(status().isSeeOther());
    }

    @Test
    void aWrongCodeAGuessedNumberAndAMalformedOneGetTheSameAnswerAndRevealNothing() throws Exception {
        Hall.Receipt r = hall.submit(box, "隐私来信主题", "这是不应被他人看到的内容。");
        String wrongCode = r.code().equals("ABCD2345") ? "ABCD2346" : "ABCD2345";
        String guessed = r.number().substring(0, 10) + "ABCDEFGH";
        for (String[] pair : new String[][] {{r.number(), wrongCode}, {guessed, r.code()}, {"XJ123", "x"},
                {r.number(), ""}}) {
            MockHttpSession session = new MockHttpSession();
            String page = mvc.perform(post("/hdjl/query").session(session).with(csrf()).with(Hall.freshAddress())
                            .param("number", pair[0]).param("code", pair[1]))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("信件编号或查询码不正确，请核对后重新输入。").doesNotContain("隐私来信主题")
                    .doesNotContain("这是不应被他人看到的内容").doesNotContain("王小明");
            mvc.perform(get("/hdjl/query/" + r.number()).session(session))
                    .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/hdjl/query"));
        }
        mvc.perform(get("/hdjl/query/" + r.number())).andExpect(redirectedUrl("/hdjl/query"));
        mvc.perform(post("/hdjl/query/" + r.number() + "/rating").param("rating", "SATISFIED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请重新输入编号和查询码")));
        mvc.perform(post("/hdjl/query/" + r.number() + "/rating").param("rating", "SATISFIED")
                        .param(FormGuard.TOKEN_FIELD, hall.ratingToken(guessed)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请重新输入编号和查询码")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM letter_rating r JOIN letter l ON l.id = r.letter_id "
                + "WHERE l.tracking_number = ?").param(r.number()).query(Long.class).single()).isZero();
        // the right pair still works, and proves only this letter
        MockHttpSession writer = hall.lookUp(r);
        assertThat(hall.progress(r, writer)).contains("隐私来信主题");
        Hall.Receipt other = hall.submit(box, "别人的信", "别人的内容");
        mvc.perform(get("/hdjl/query/" + other.number()).session(writer)).andExpect(redirectedUrl("/hdjl/query"));
    }

    @Test
    void guessingFromOneAddressIsThrottledEvenForTheRightPair() throws Exception {
        Hall.Receipt r = hall.submit(box, "主题", "内容");
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/hdjl/query").with(csrf()).with(from("198.51.100.9"))
                            .param("number", r.number().substring(0, 10) + "ABCDEFG" + (char) ('2' + i % 8))
                            .param("code", "ABCD2345"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/hdjl/query").with(csrf()).with(from("198.51.100.9"))
                        .param("number", r.number()).param("code", r.code()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("查询过于频繁，请一分钟后再试")))
                .andExpect(content().string(not(containsString("主题</td>"))));
        mvc.perform(post("/hdjl/query").with(csrf()).with(from("198.51.100.10"))
                        .param("number", r.number()).param("code", r.code()))
                .andExpect(status().isSeeOther());
    }

    @Test
    void postsWithoutTheFormTokenAreRefusedWithTheFormAgainNotWithTheSessionsCsrfCheck() throws Exception {
        long before = letters();
        mvc.perform(post("/hdjl/write/" + box.code()).with(Hall.freshAddress()).param("name", "王小明")
                        .param("phone", "13912345678").param("subject", "无令牌").param("text", "内容"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表单缺少校验信息")))
                .andExpect(content().string(containsString("value=\"无令牌\"")));
        assertThat(letters()).isEqualTo(before);
    }

    @Test
    void anUnknownOrDisabledMailboxTakesNoLetters() throws Exception {
        mvc.perform(get("/hdjl/write/no-such-box")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("该信箱不存在或已停用")));
        Mailbox closed = hall.mailbox(MailboxKind.SUGGESTION, null, 15);
        mailboxes.setEnabled(closed.id(), false);
        long before = letters();
        mvc.perform(get("/hdjl/write/" + closed.code())).andExpect(status().isNotFound());
        mvc.perform(hall.letter(closed, "主题", "内容")).andExpect(status().isNotFound());
        mvc.perform(get("/hdjl/")).andExpect(content().string(not(containsString(closed.code()))));
        assertThat(letters()).isEqualTo(before);
    }
}
