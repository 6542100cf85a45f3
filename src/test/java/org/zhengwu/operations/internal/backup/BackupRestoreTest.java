package org.zhengwu.operations.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengwu.ZhengwuApplication;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.interaction.LetterFile;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.operations.RestoreLauncher;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.UnitKind;

/**
 * A running embedded installation is backed up, restored into a fresh directory and started there: every item,
 * letter, letter file and audit record is back, and the audit chain verifies with the restored keys. The backup is of
 * the H2 file database, so this runs in the H2 pass only (in the PostgreSQL pass it would test H2 again; PostgreSQL is
 * backed up with pg_dump, see README).
 */
class BackupRestoreTest {

    private static final Path ROOT = Path.of("target/test-data").toAbsolutePath();

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(ZhengwuApplication.class).web(WebApplicationType.NONE).run(
                "--zhengwu.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/db/zhengwu;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--spring.flyway.schemas=PUBLIC", "--zhengwu.demo.enabled=false");
    }

    private static long count(ConfigurableApplicationContext c, String table) {
        return c.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static List<String> auditChain(ConfigurableApplicationContext c, long upTo) {
        return c.getBean(JdbcClient.class).sql("SELECT seq || ':' || hash FROM audit_record WHERE seq <= ? ORDER BY seq")
                .param(upTo).query(String.class).list();
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void aBackupTakenWhileRunningRestoresIntoAFreshDirectoryWithEveryItemLetterAndAuditRecordAndAnIntactChain()
            throws Exception {
        assumeFalse("postgres".equals(System.getProperty("zhengwu.test.database")), "H2's backup: the H2 pass tests it");
        String run = UUID.randomUUID().toString();
        Path original = ROOT.resolve("backup-original-" + run);
        Path backup = ROOT.resolve("backup-" + run);
        Path restored = ROOT.resolve("backup-restored-" + run);

        long itemId;
        LetterReceipt letter;
        long items;
        long letters;
        List<String> chain;
        try (ConfigurableApplicationContext running = start(original)) {
            Site site = running.getBean(SiteAdministration.class).openSite(new NewSite("bak" + run.substring(0, 6),
                    "备份测试局", UnitKind.DEPARTMENT, "bak" + run.substring(0, 6), "备份测试局网站", null, false,
                    new Site.Theme(null, Site.Theme.DEFAULT_COLOR), Site.FooterIdentity.empty(), 0));
            Column news = running.getBean(SiteAdministration.class).addColumn(site.id(),
                    new ColumnDetails(null, "news", "工作动态", ColumnKind.NEWS, 0, "张三", 7, null));
            ContentEditing editing = running.getBean(ContentEditing.class);
            itemId = editing.createDraft(ContentDraft.of(news.id(), "备份前发布的稿件", "<p>正文</p>", "2026-11-20 09:30"));
            editing.publish(itemId);
            var box = running.getBean(Mailboxes.class).create(new MailboxDetails("bak", "备份信箱",
                    MailboxKind.CONSULTATION, "", null, null, 15, 0));
            letter = running.getBean(Letters.class).submit(new NewLetter(box.code(), "李四", "0571-87654321", null,
                    "备份前的来信", "请问如何办理？", false, List.of(new LetterFile("表.pdf", 9,
                            new ByteArrayResource("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))))));

            Backups backups = running.getBean(Backups.class);
            Backups.Summary summary = backups.write(backup, false);
            assertThat(summary.databaseBytes()).isPositive();
            assertThat(Files.readString(backup.resolve(BackupLayout.MANIFEST))).contains("H2 BACKUP TO", "rebuild");
            assertThatThrownBy(() -> backups.write(backup, false)).isInstanceOf(RuleViolation.class)
                    .hasFieldOrPropertyWithValue("key", "operations.backup.not-empty");

            items = count(running, "content_item");
            letters = count(running, "letter");
            long lastSeq = running.getBean(JdbcClient.class).sql("SELECT MAX(seq) FROM audit_record WHERE action <> 'operations.backup'")
                    .query(Long.class).single();
            chain = auditChain(running, lastSeq);
        }
        assertThat(files(backup.resolve(BackupLayout.DATA))).as("keys and letter files, no pages, no index")
                .anyMatch(p -> p.startsWith("keys")).anyMatch(p -> p.startsWith("letters"))
                .noneMatch(p -> p.startsWith("public") || p.startsWith("index") || p.startsWith("db"));

        assertThat(restore(backup, restored)).isZero();
        assertThat(restore(backup, restored)).as("a second restore into the now filled directory").isEqualTo(1);

        try (ConfigurableApplicationContext again = start(restored)) {
            assertThat(count(again, "content_item")).isEqualTo(items);
            assertThat(count(again, "letter")).isEqualTo(letters);
            assertThat(again.getBean(ContentQueries.class).item(itemId).orElseThrow().title()).isEqualTo("备份前发布的稿件");
            assertThat(again.getBean(Letters.class).status(letter.trackingNumber())).isPresent();
            assertThat(auditChain(again, Long.parseLong(chain.get(chain.size() - 1).split(":")[0]))).isEqualTo(chain);
            assertThat(again.getBean(AuditLog.class).verify()).as("the chain and its seals verify").isEmpty();
        }
        assertThat(files(restored.resolve("letters"))).isEqualTo(files(original.resolve("letters")));
    }

    @Test
    void aRestoreRefusesADirectoryThatIsNotABackupOrADataDirectoryThatIsNotEmpty() throws Exception {
        Path notBackup = Files.createDirectories(ROOT.resolve("not-a-backup-" + UUID.randomUUID()));
        Path full = Files.createDirectories(ROOT.resolve("full-" + UUID.randomUUID()));
        Files.writeString(full.resolve("something"), "x");
        assertThatThrownBy(() -> Restore.run(notBackup, ROOT.resolve("fresh-" + UUID.randomUUID())))
                .isInstanceOf(Restore.Refused.class).hasMessageContaining("不是 Zhengwu 的备份目录");
        Files.writeString(notBackup.resolve(BackupLayout.MANIFEST), "zhengwu backup 1");
        Files.write(notBackup.resolve(BackupLayout.DATABASE), new byte[0]);
        assertThatThrownBy(() -> Restore.run(notBackup, full)).isInstanceOf(Restore.Refused.class)
                .hasMessageContaining("不是空目录");
        assertThat(Files.readString(full.resolve("something"))).isEqualTo("x");
    }

    private static int restore(Path backup, Path dataDir) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return RestoreLauncher.run(new String[] {"restore", backup.toString(), "--zhengwu.data-dir=" + dataDir});
        } finally {
            System.setOut(original);
        }
    }
}
