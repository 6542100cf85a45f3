package org.zhengwu.operations.internal.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.storage.DataDirectory;

/**
 * A backup of the embedded installation while it runs: first the H2 database with its own {@code BACKUP TO} (a
 * consistent copy of the committed state, taken without stopping writers), then the data directory's files (keys,
 * uploads, letter and application files …). Files are copied after the database because they are only ever added
 * once a row refers to them: every file the copied database names is then in the copy. The published pages are left
 * out unless asked for ({@code rebuild} makes them from the database) and so is the search index (rebuilt on the
 * first start that finds it missing). On PostgreSQL it refuses: pg_dump does the database's part (README).
 */
@Service
public class Backups {

    /** What was written. */
    public record Summary(Path directory, long databaseBytes, long files) {
        public String line() {
            return "backup: " + directory + " (database " + databaseBytes + " bytes, " + files + " files)";
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DataDirectory data;
    private final AuditTrail audit;
    private final Clock clock;

    Backups(JdbcClient jdbc, DataSource dataSource, DataDirectory data, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.data = data;
        this.audit = audit;
        this.clock = clock;
    }

    public Summary write(Path directory, boolean withPages) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        requireH2();
        if (!BackupLayout.emptyOrMissing(dir)) {
            throw new RuleViolation("operations.backup.not-empty", dir);
        }
        Path root = data.root();
        if (dir.startsWith(root)) {
            throw new RuleViolation("operations.backup.inside-data", dir);
        }
        Files.createDirectories(dir);
        Path zip = dir.resolve(BackupLayout.DATABASE);
        jdbc.sql("BACKUP TO '" + zip.toString().replace("'", "''") + "'").update();
        long files = BackupLayout.copyTree(root, dir.resolve(BackupLayout.DATA),
                name -> BackupLayout.NEVER_COPIED.contains(name) || name.endsWith(".lock")
                        || (!withPages && name.equals(BackupLayout.PAGES)));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Files.writeString(dir.resolve(BackupLayout.MANIFEST), String.join("\n",
                "zhengwu backup 1",
                "created: " + now,
                "data-dir: " + root,
                "database: " + BackupLayout.DATABASE + " (H2 BACKUP TO, online)",
                "files: " + files + " under " + BackupLayout.DATA + "/",
                "published pages: " + (withPages ? "included" : "not included: run `java -jar zhengwu.jar rebuild` after restoring"),
                "search index: not included, rebuilt on the first start",
                ""), StandardCharsets.UTF_8);
        audit.record(AuditEvent.of("operations.backup", "backup", null, null, dir + "：数据库和 " + files + " 个文件"));
        return new Summary(dir, Files.size(zip), files);
    }

    private void requireH2() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                throw new RuleViolation("operations.backup.not-h2");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("数据库不可用", e);
        }
    }
}
