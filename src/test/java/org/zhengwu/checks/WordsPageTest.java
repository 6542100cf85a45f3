package org.zhengwu.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.checks.internal.WordKind;
import org.zhengwu.checks.internal.WordLists;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

@ZhengwuTest
class WordsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    WordLists lists;
    @Autowired
    AuditLog audit;

    ChecksFixtures fixtures;
    StaffUser security;

    @BeforeEach
    void setUp() {
        fixtures = new ChecksFixtures(staff, lists);
        security = fixtures.staff(StaffRole.SECURITY_ADMINISTRATOR, null);
    }

    private int count(WordKind kind) {
        return lists.page(kind, null, 1).total();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    void everyoneButTheSecurityAdministratorIsRefusedAndTheAttemptAudited() throws Exception {
        Site site = new ConsoleFixtures(siteAdministration, staff).site();
        List<StaffUser> others = List.of(fixtures.staff(StaffRole.ADMINISTRATOR, null),
                fixtures.staff(StaffRole.AUDIT_ADMINISTRATOR, null), fixtures.staff(StaffRole.SUPERVISOR, null),
                fixtures.staff(StaffRole.EDITOR, site.unitId()), fixtures.staff(StaffRole.SECRECY_REVIEWER, site.unitId()));
        int before = count(WordKind.BANNED);
        for (StaffUser other : others) {
            mvc.perform(get("/admin/checks/words").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/checks/words/export?kind=BANNED").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/checks/words").with(as(other)).with(csrf())
                    .param("kind", "BANNED").param("word", unique("越权词")))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/checks/words/import").file(new MockMultipartFile("file", "w.txt", "text/plain",
                            "越权导入\n".getBytes(StandardCharsets.UTF_8))).param("kind", "BANNED").with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(count(WordKind.BANNED)).isEqualTo(before);
        List<AuditRecord> refused = audit.latest(200).stream()
                .filter(r -> r.outcome() == AuditRecord.Outcome.REFUSED && r.action().startsWith("checks.words."))
                .filter(r -> others.stream().anyMatch(o -> java.util.Objects.equals(r.actorId(), o.accountId()))).toList();
        assertThat(refused).hasSize(others.size() * 3);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        String word = unique("无令牌");
        mvc.perform(post("/admin/checks/words").with(as(security)).param("kind", "BANNED").param("word", word))
                .andExpect(status().isForbidden());
        assertThat(lists.page(WordKind.BANNED, word, 1).total()).isZero();
    }

    @Test
    void theSecurityAdministratorAddsFindsAndDeletesAWordAndEachChangeIsAudited() throws Exception {
        String word = unique("代開假證");
        mvc.perform(post("/admin/checks/words").with(as(security)).with(csrf()).param("kind", "BANNED").param("word", word))
                .andExpect(redirectedUrl("/admin/checks/words?kind=BANNED"))
                .andExpect(flash().attribute("notice", "已添加“" + word + "”。"));
        // found by its simplified form too
        String simplified = "代开假证" + word.substring(4);
        mvc.perform(get("/admin/checks/words").param("kind", "BANNED").param("q", simplified).with(as(security)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>" + word + "</td>")))
                .andExpect(content().string(containsString("第1页，共1页，1条")));
        long id = lists.page(WordKind.BANNED, simplified, 1).words().get(0).id();
        assertThat(audit.latest(5)).anyMatch(r -> r.action().equals("checks.word.add") && r.detail().contains(word)
                && java.util.Objects.equals(r.actorId(), security.accountId()));

        mvc.perform(post("/admin/checks/words/" + id + "/delete").with(as(security)).with(csrf()))
                .andExpect(redirectedUrl("/admin/checks/words?kind=BANNED"))
                .andExpect(flash().attribute("notice", "已删除“" + word + "”。"));
        assertThat(lists.page(WordKind.BANNED, simplified, 1).total()).isZero();
        assertThat(audit.latest(5)).anyMatch(r -> r.action().equals("checks.word.delete") && r.detail().contains(word));
        mvc.perform(post("/admin/checks/words/" + id + "/delete").with(as(security)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDuplicateOrIncompleteWordIsRefusedWithAClearMessageAndTheFormKeepsIt() throws Exception {
        int typos = count(WordKind.TYPO);
        mvc.perform(post("/admin/checks/words").with(as(security)).with(csrf())
                        .param("kind", "TYPO").param("word", "按裝").param("replacement", "安装"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“按裝”已在检查词表中（已有“按装”），未添加")));
        mvc.perform(post("/admin/checks/words").with(as(security)).with(csrf())
                        .param("kind", "TYPO").param("word", "新错字").param("replacement", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("错别字须填写正确写法")))
                .andExpect(content().string(containsString("value=\"新错字\"")));
        assertThat(count(WordKind.TYPO)).isEqualTo(typos);
    }

    @Test
    void anImportReportsWhatWasAddedSkippedAndEachBadLine() throws Exception {
        String a = unique("导入甲");
        String b = unique("导入乙");
        String file = "\uFEFF# 试用词表\n" + a + "=>" + a + "正\n按装=>安装\n\n没有箭头\n" + b + "=>" + b + "正\r\n"
                + "x".repeat(51) + "=>对\n" + a + "=>重复\n";
        int before = count(WordKind.TYPO);
        mvc.perform(multipart("/admin/checks/words/import").file(new MockMultipartFile("file", "typos.txt", "text/plain",
                        file.getBytes(StandardCharsets.UTF_8))).param("kind", "TYPO").with(as(security)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("导入完成：新增2个，跳过已有的2个，2行有错误未导入。")))
                .andExpect(content().string(containsString("第5行“没有箭头”：错别字须写成“错误写法=&gt;正确写法”")))
                .andExpect(content().string(containsString("第7行“" + "x".repeat(51) + "=&gt;对”：词语不能超过50个字")));
        assertThat(count(WordKind.TYPO)).isEqualTo(before + 2);
        assertThat(lists.page(WordKind.TYPO, b, 1).words().get(0).replacement()).isEqualTo(b + "正");
        assertThat(audit.latest(5)).anyMatch(r -> r.action().equals("checks.words.import")
                && r.detail().equals("TYPO: 新增2，重复跳过2，错误行2"));
    }

    @Test
    void aFileThatIsNotTextIsRefusedWholeAndNothingIsStored() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] latin1 = ("好词\n" + unique("坏编码")).getBytes(java.nio.charset.Charset.forName("GB18030"));
        int before = count(WordKind.SENSITIVE);
        for (byte[] bytes : List.of(png, latin1)) {
            mvc.perform(multipart("/admin/checks/words/import").file(new MockMultipartFile("file", "words.txt", "text/plain",
                            bytes)).param("kind", "SENSITIVE").with(as(security)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("上传的文件不是UTF-8编码的文本文件，未导入任何内容")))
                    .andExpect(content().string(not(containsString("导入完成"))));
        }
        assertThat(count(WordKind.SENSITIVE)).isEqualTo(before);
    }

    @Test
    void aListIsExportedAsTheTextAnImportReadsBack() throws Exception {
        mvc.perform(get("/admin/checks/words/export").param("kind", "TYPO").with(as(security)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("check-words-typo.txt")))
                .andExpect(content().string(containsString("按装=>安装\n")))
                .andExpect(content().string(containsString("度过难关=>渡过难关\n")));
        assertThat(audit.latest(3)).anyMatch(r -> r.action().equals("checks.words.export"));
    }
}
