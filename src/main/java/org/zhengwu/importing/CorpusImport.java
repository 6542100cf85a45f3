package org.zhengwu.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ImportedArticle;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a corpus file (JSON Lines): line 1 lists the sites and their columns, every later line is one published
 * article. The file is streamed, so its size does not matter; the articles are stored in batches. Each refused line
 * is reported as {@code line N: reason} and counted; the others are stored.
 */
@Service
public class CorpusImport {

    static final int BATCH_ARTICLES = 1000;
    /** Also write a batch once it holds this much text, whatever the number of articles. */
    static final long BATCH_CHARS = 16_000_000;
    /** A line longer than this is refused without being held in memory whole. */
    static final int MAX_LINE_CHARS = 4_000_000;
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final SiteGroupSetup setup;
    private final ContentEditing editing;
    private final Texts texts;
    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().build();

    CorpusImport(SiteGroupSetup setup, ContentEditing editing, Texts texts, AuditTrail audit) {
        this.setup = setup;
        this.editing = editing;
        this.texts = texts;
        this.audit = audit;
    }

    /**
     * Imports the file, telling {@code out} about the header, each refused line and the progress.
     *
     * @throws RuleViolation when the file cannot be read or its header (line 1) is broken; nothing is stored then
     * @throws DataAccessException when the database fails as a whole (not because of one row); the batches stored
     *                             before stay, and importing the file again continues where it stopped
     */
    public ImportSummary importFile(Path file, Consumer<String> out) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new RuleViolation("import.file.unreadable", file.toString());
        }
        long started = System.nanoTime();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (LineReader lines = new LineReader(new InputStreamReader(Files.newInputStream(file), decoder), MAX_LINE_CHARS)) {
            SiteGroupSetup.Targets targets = prepareSites(lines.next(), out);
            ImportSummary summary = importArticles(lines, targets, out, started);
            // one record for the run; the sites and columns it created are recorded one by one by the sites module
            audit.record(AuditEvent.of("import.run", "import", file.getFileName(), null, String.format(Locale.ROOT,
                    "导入文件“%s”：读取 %d 行，新增 %d 篇，已存在跳过 %d 篇，拒绝 %d 行，用时 %.1f 秒", file.getFileName(),
                    summary.lines(), summary.imported(), summary.skipped(), summary.rejected(),
                    summary.took().toMillis() / 1000.0)));
            return summary;
        } catch (IOException e) {
            throw new RuleViolation("import.file.unreadable", file + "（" + e.getMessage() + "）");
        }
    }

    private SiteGroupSetup.Targets prepareSites(LineReader.Line first, Consumer<String> out) {
        if (first == null || first.text().isBlank()) {
            throw new RuleViolation("import.header.missing");
        }
        if (first.tooLong()) {
            throw new RuleViolation("import.header.too-long", MAX_LINE_CHARS);
        }
        CorpusHeader header = CorpusHeader.parse(first.text(), json);
        SiteGroupSetup.Outcome outcome;
        try {
            outcome = setup.ensure(header);
        } catch (SiteGroupSetup.SiteRefused e) {
            throw new RuleViolation("import.header.site.refused", e.siteCode, texts.text(e.reason));
        }
        out.accept(texts.text("import.header.done", outcome.sitesCreated(), outcome.sitesReused(),
                outcome.columnsCreated(), outcome.columnsReused()));
        if (outcome.portalKeptAsSite() != null) {
            out.accept(texts.text("import.header.portal.kept", outcome.portalKeptAsSite(), outcome.existingPortal()));
        }
        return setup.targets();
    }

    /**
     * Reads, checks and stores on one thread. A separate reader thread was measured on the two-core reference machine
     * and gained nothing (19.0 s against 19.4 s for 100,000 articles): H2's serialization thread and the garbage
     * collector already keep the second core busy, so it was left out for simplicity.
     */
    private ImportSummary importArticles(LineReader lines, SiteGroupSetup.Targets targets, Consumer<String> out,
                                         long started) throws IOException {
        long[] rejected = {0};
        BatchWriter writer = new BatchWriter(editing::importPublished, CorpusImport::isRowAtFault, (lineNumber, cause) -> {
            rejected[0]++;
            out.accept(rejection(lineNumber, texts.databaseRefusal(cause)));
        }, BATCH_ARTICLES, BATCH_CHARS);
        long read = 0;
        long nextReport = started + PROGRESS_EVERY_NANOS;
        LineReader.Line line;
        while ((line = nextOrFlush(lines, writer)) != null) {
            if (line.text().isBlank() && !line.tooLong()) {
                continue;
            }
            read++;
            Checked checked = check(line, targets);
            if (checked.article() != null) {
                writer.add(line.number(), checked.article());
            } else {
                rejected[0]++;
                out.accept(rejection(line.number(), checked.refusal()));
            }
            long now = System.nanoTime();
            if (now >= nextReport) {
                nextReport = now + PROGRESS_EVERY_NANOS;
                out.accept(texts.text("import.progress", String.valueOf(line.number()), String.valueOf(writer.imported()),
                        String.valueOf(writer.skipped()), String.valueOf(rejected[0]),
                        String.format(Locale.ROOT, "%.0f", read / ((now - started) / 1e9))));
            }
        }
        writer.flush();
        return new ImportSummary(read, writer.imported(), writer.skipped(), rejected[0],
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The next line; when the file breaks off in the middle, what was read before is still stored. */
    private static LineReader.Line nextOrFlush(LineReader lines, BatchWriter writer) throws IOException {
        try {
            return lines.next();
        } catch (IOException e) {
            writer.flush();
            throw e;
        }
    }

    /** One line read and checked: the article to store, or why it was refused. */
    private record Checked(long number, ImportedArticle article, String refusal) {
    }

    private Checked check(LineReader.Line line, SiteGroupSetup.Targets targets) {
        try {
            if (line.tooLong()) {
                throw new RuleViolation("import.line.too-long", MAX_LINE_CHARS);
            }
            return new Checked(line.number(), ArticleLine.parse(line.text(), json, targets), null);
        } catch (RuleViolation refused) {
            return new Checked(line.number(), null, texts.text(refused));
        }
    }

    /**
     * Whether a row the database refused on its own is at fault (a value it cannot hold, a broken constraint), rather
     * than the database (unreachable, full), in which case the import stops instead of refusing every line.
     */
    static boolean isRowAtFault(RuntimeException e) {
        if (e instanceof DataIntegrityViolationException) {
            return true;
        }
        return !(e instanceof DataAccessException) && !(e instanceof TransactionException);
    }

    static String rejection(long lineNumber, String reason) {
        return "line " + lineNumber + ": " + reason;
    }
}
