package org.zhengwu.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.checks.Finding.Field;
import org.zhengwu.checks.Finding.Kind;
import org.zhengwu.checks.Finding.Severity;
import org.zhengwu.checks.internal.WordKind;
import org.zhengwu.checks.internal.WordLists;
import org.zhengwu.platform.storage.DataDirectory;

/**
 * Each check on real government texts (excerpts of the shared seed corpus) with findings planted in them: every
 * planted one is found at its exact place, and the clean text gives nothing.
 */
@ZhengwuTest
class ContentChecksTest {

    static final String ID = "11010519491231002X";
    static final String CARD = "6222021234567890128";

    @Autowired
    ContentChecks checks;
    @Autowired
    WordLists lists;
    @Autowired
    StaffAdministration staff;
    @Autowired
    DataDirectory data;

    @BeforeEach
    void lists() {
        ChecksFixtures fixtures = new ChecksFixtures(staff, lists);
        fixtures.listed(WordKind.BANNED, "代开发票", null);
        fixtures.listed(WordKind.SENSITIVE, "群体性事件", null);
    }

    private static String planted(String text, int paragraph, String insert) {
        String[] lines = text.split("\n", -1);
        int line = 0;
        for (int k = 0, seen = 0; k < lines.length; k++) {
            if (!lines[k].isBlank() && seen++ == paragraph) {
                line = k;
                break;
            }
        }
        int middle = lines[line].length() / 2;
        lines[line] = lines[line].substring(0, middle) + insert + lines[line].substring(middle);
        return String.join("\n", lines);
    }

    private static List<Finding> of(CheckReport report, Kind kind) {
        return report.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void theCleanSeedTextsGiveNoFinding() {
        for (String seed : List.of("seed-simplified.txt", "seed-traditional.txt")) {
            String text = ChecksFixtures.seed(seed);
            CheckReport report = checks.check(CheckSubject.of(null, text.lines().findFirst().orElseThrow(), ChecksFixtures.html(text)));
            assertThat(report.findings()).as(seed).isEmpty();
        }
    }

    @Test
    void plantedWordsInASimplifiedTextAreFoundExactlyWhereTheyStand() {
        String text = ChecksFixtures.seed("seed-simplified.txt");
        text = planted(text, 2, "有人代开发票");
        text = planted(text, 5, "防止发生群体性事件");
        text = planted(text, 8, "按装了监控设备");
        String html = ChecksFixtures.html(text);
        String plain = PlainText.of(html);

        CheckReport report = checks.check(CheckSubject.of(null, "关于按装路灯的通知", html));

        assertThat(report.findings()).extracting(Finding::kind, Finding::field, Finding::start, Finding::text)
                .containsExactly(
                        tuple(Kind.TYPO, Field.TITLE, 2, "按装"),
                        tuple(Kind.BANNED_WORD, Field.BODY, plain.indexOf("代开发票"), "代开发票"),
                        tuple(Kind.SENSITIVE_WORD, Field.BODY, plain.indexOf("群体性事件"), "群体性事件"),
                        tuple(Kind.TYPO, Field.BODY, plain.indexOf("按装了"), "按装"));
        Finding banned = of(report, Kind.BANNED_WORD).get(0);
        assertThat(banned.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(banned.end()).isEqualTo(banned.start() + 4);
        assertThat(plain.substring(banned.start(), banned.end())).isEqualTo("代开发票");
        // the line and column a person is told lead to the same place
        String line = plain.split("\n", -1)[banned.line() - 1];
        assertThat(line.substring(banned.column() - 1)).startsWith("代开发票");
        assertThat(of(report, Kind.SENSITIVE_WORD).get(0).severity()).isEqualTo(Severity.WARNING);
        Finding typo = of(report, Kind.TYPO).get(1);
        assertThat(typo.suggestion()).isEqualTo("安装");
        assertThat(typo.args()).containsExactly("按装", "安装");
        assertThat(report.hasBlocking()).isTrue();
        // the offsets map back into the HTML the editor holds
        PlainText parsed = PlainText.parse(html);
        assertThat(html.substring(parsed.sourceOffset(banned.start()), parsed.sourceOffset(banned.end()))).isEqualTo("代开发票");
    }

    @Test
    void aTraditionalTextIsMatchedByTheSimplifiedLists() {
        String text = ChecksFixtures.seed("seed-traditional.txt");
        text = planted(text, 3, "嚴禁代開發票");
        text = planted(text, 6, "處置群體性事件");
        text = planted(text, 9, "按裝空調");
        String html = ChecksFixtures.html(text);
        String plain = PlainText.of(html);

        CheckReport report = checks.check(CheckSubject.of(null, "", html));

        assertThat(report.findings()).extracting(Finding::kind, Finding::start, Finding::end, Finding::text)
                .containsExactly(
                        tuple(Kind.BANNED_WORD, plain.indexOf("代開發票"), plain.indexOf("代開發票") + 4, "代開發票"),
                        tuple(Kind.SENSITIVE_WORD, plain.indexOf("群體性事件"), plain.indexOf("群體性事件") + 5, "群體性事件"),
                        tuple(Kind.TYPO, plain.indexOf("按裝"), plain.indexOf("按裝") + 2, "按裝"));
        assertThat(of(report, Kind.TYPO).get(0).suggestion()).isEqualTo("安装");
    }

    @Test
    void theWordsAloneOfAPlainTextAreFoundWithoutItsPersonalNumbers() {
        String text = PlainText.of(ChecksFixtures.html(ChecksFixtures.seed("seed-real-mistakes.txt"))) + "\n电话 13912345678";
        assertThat(checks.words(text)).extracting(Finding::kind, Finding::field, Finding::text, Finding::suggestion)
                .containsExactly(
                        tuple(Kind.TYPO, Finding.Field.TITLE, "山青水秀", "山清水秀"),
                        tuple(Kind.TYPO, Finding.Field.TITLE, "截止目前", "截至目前"),
                        tuple(Kind.TYPO, Finding.Field.TITLE, "峻工", "竣工"));
    }

    @Test
    void realMistakesOfTheSeedTextsAreFoundByTheDefaultTypoList() {
        String text = ChecksFixtures.seed("seed-real-mistakes.txt");
        CheckReport report = checks.check(CheckSubject.of(null, "", ChecksFixtures.html(text)));
        assertThat(report.findings()).extracting(Finding::kind, Finding::text, Finding::suggestion).containsExactly(
                tuple(Kind.TYPO, "山青水秀", "山清水秀"),
                tuple(Kind.TYPO, "截止目前", "截至目前"),
                tuple(Kind.TYPO, "峻工", "竣工"));
    }

    @Test
    void personalDataInTitleAndBodyBlocksSubmission() {
        String text = ChecksFixtures.seed("seed-simplified.txt");
        text = planted(text, 1, "联系人手机138-1234-5678，");
        text = planted(text, 4, "补贴发放至卡号" + CARD + "。");
        String html = ChecksFixtures.html(text);
        String plain = PlainText.of(html);

        CheckReport report = checks.check(CheckSubject.of(null, "张三（身份证号" + ID + "）的公示", html));

        assertThat(report.findings()).extracting(Finding::kind, Finding::field, Finding::start, Finding::text, Finding::severity)
                .containsExactly(
                        tuple(Kind.ID_NUMBER, Field.TITLE, 7, ID, Severity.BLOCKING),
                        tuple(Kind.MOBILE_NUMBER, Field.BODY, plain.indexOf("138-1234-5678"), "138-1234-5678", Severity.BLOCKING),
                        tuple(Kind.BANK_CARD, Field.BODY, plain.indexOf(CARD), CARD, Severity.BLOCKING));
        assertThat(report.hasBlocking()).isTrue();
    }

    @Test
    void personalDataInDocxXlsxAndPdfAttachmentsIsFound() throws Exception {
        CheckReport report = checks.check(CheckSubject.of(null, "名单公示", "<p>见附件。</p>").withAttachments(List.of(
                CheckAttachment.of("名单.docx", Attachments.docx("报名人员名单", "张三，身份证号：" + ID)),
                CheckAttachment.of("名单.xlsx", Attachments.xlsx(new Object[] {"姓名", "手机"}, new Object[] {"李四", 13912345678L})),
                CheckAttachment.of("list.pdf", Attachments.pdf(null, "Name: Wang Wu", "ID: " + ID)))));

        assertThat(report.findings()).extracting(Finding::kind, Finding::field, Finding::attachment, Finding::text, Finding::line)
                .containsExactly(
                        tuple(Kind.ID_NUMBER, Field.ATTACHMENT, "名单.docx", ID, 2),
                        tuple(Kind.MOBILE_NUMBER, Field.ATTACHMENT, "名单.xlsx", "13912345678", 2),
                        tuple(Kind.ID_NUMBER, Field.ATTACHMENT, "list.pdf", ID, 2));
        Finding docx = report.findings().get(0);
        assertThat(docx.column()).isEqualTo("张三，身份证号：".length() + 1);
        assertThat(report.hasBlocking()).isTrue();
    }

    @Test
    void anEncryptedOrDamagedAttachmentIsAWarningThatItWasNotChecked(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path damaged = dir.resolve("damaged.docx");
        Files.write(damaged, "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1));
        CheckReport report = checks.check(CheckSubject.of(null, "公示", "<p>见附件。</p>").withAttachments(List.of(
                CheckAttachment.of("加密.pdf", Attachments.pdf("user-secret", "ID: " + ID)),
                CheckAttachment.of("加密.docx", Attachments.encryptedDocx("身份证号：" + ID)),
                CheckAttachment.of("损坏.docx", damaged),
                CheckAttachment.of("不存在.pdf", dir.resolve("missing.pdf")))));

        assertThat(report.findings()).extracting(Finding::kind, Finding::severity, Finding::attachment, Finding::messageKey)
                .containsExactly(
                        tuple(Kind.UNCHECKED_ATTACHMENT, Severity.WARNING, "加密.pdf", "checks.attachment.encrypted"),
                        tuple(Kind.UNCHECKED_ATTACHMENT, Severity.WARNING, "加密.docx", "checks.attachment.encrypted"),
                        tuple(Kind.UNCHECKED_ATTACHMENT, Severity.WARNING, "损坏.docx", "checks.attachment.unreadable"),
                        tuple(Kind.UNCHECKED_ATTACHMENT, Severity.WARNING, "不存在.pdf", "checks.attachment.unreadable"));
        assertThat(report.hasBlocking()).isFalse();
    }

    @Test
    void linksAndImagesAreCheckedAgainstThePublishedFilesAndTheAllowList() throws IOException {
        Path page = data.publicPages().resolve("ckdemo/news/1.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<html></html>");
        Files.writeString(data.publicPages().resolve("ckdemo/news/index.html"), "<html></html>");
        Path upload = data.uploads().resolve("2026/11/ckphoto.png");
        Files.createDirectories(upload.getParent());
        Files.write(upload, new byte[] {1});
        String html = "<p>见<a href=\"/ckdemo/news/1.html\">通知</a>、<a href=\"/ckdemo/news/\">栏目</a>、"
                + "<a href=\"2.html\">旧文</a>和<a href=\"/ckdemo/news/9.html\">下文</a>。</p>"
                // the halls are the application's own pages, in both scripts: not broken links
                + "<p>可<a href=\"/hdjl/write/mayor\">写信</a>、<a href=\"/zh-hant/bsfw/\">辦事</a>、<a href=\"/zh-hant/hdjl/query\">查詢</a>。</p>"
                + "<p><img src=\"/uploads/2026/11/ckphoto.png\"><img src=\"/uploads/2026/11/gone.png\"></p>"
                + "<p>参见<a href=\"https://www.gov.cn/zhengce/\">国务院</a>、<a href=\"http://www.news.cn/a.htm\">新华网</a>、"
                + "<a href=\"https://shop.example.com/item?id=1\">某网店</a>、<a href=\"http://192.168.1.10/oa\">内网</a>、"
                + "<a href=\"mailto:xinxi@qinghe.gov.cn\">来信</a>、<a href=\"#top\">顶部</a>。</p>";
        String plain = PlainText.of(html);

        CheckReport report;
        try {
            report = checks.check(CheckSubject.of(null, "", html).at("/ckdemo/news/3.html"));
        } finally {
            // the data directory is shared by every test of the context: leave nothing behind
            Files.delete(page);
            Files.delete(data.publicPages().resolve("ckdemo/news/index.html"));
            Files.delete(page.getParent());
            Files.delete(page.getParent().getParent());
            Files.delete(upload);
        }

        assertThat(report.findings()).extracting(Finding::kind, Finding::start, Finding::text, Finding::messageKey)
                .containsExactly(
                        tuple(Kind.BROKEN_LINK, plain.indexOf("旧文"), "旧文", "checks.link.missing"),
                        tuple(Kind.BROKEN_LINK, plain.indexOf("下文"), "下文", "checks.link.missing"),
                        tuple(Kind.BROKEN_IMAGE, plain.indexOf("参见"), "", "checks.image.missing"),
                        tuple(Kind.COMMERCIAL_LINK, plain.indexOf("某网店"), "某网店", "checks.link.commercial"),
                        tuple(Kind.BROKEN_LINK, plain.indexOf("内网"), "内网", "checks.link.private"));
        assertThat(report.findings()).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(of(report, Kind.COMMERCIAL_LINK).get(0).args()).containsExactly("https://shop.example.com/item?id=1", "shop.example.com");
    }

    @Test
    void aChangedListIsUsedByTheNextCheck() {
        String word = "临时禁词" + System.nanoTime() % 100000;
        CheckSubject subject = CheckSubject.of(null, "标题含" + word, "");
        assertThat(checks.check(subject).findings()).isEmpty();
        long id = lists.add(WordKind.BANNED, word, null).id();
        assertThat(checks.check(subject).findings()).extracting(Finding::kind, Finding::text)
                .containsExactly(tuple(Kind.BANNED_WORD, word));
        lists.delete(id);
        assertThat(checks.check(subject).findings()).isEmpty();
    }
}
