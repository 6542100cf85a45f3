package org.zhengwu.importing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.cli.Command;

/**
 * {@code java -jar zhengwu.jar import FILE.jsonl}: imports a corpus file. Exit code 0 when the file was read (lines it
 * refused are reported and counted), 2 when it is missing or unreadable or its header (line 1) is broken, 1 when the
 * database failed as a whole (what was stored before stays; running the import again continues).
 */
@Component
class ImportCommand implements Command {

    private final CorpusImport importer;
    private final Texts texts;
    private final PrintStream out;

    @Autowired
    ImportCommand(CorpusImport importer, Texts texts) {
        this(importer, texts, System.out);
    }

    ImportCommand(CorpusImport importer, Texts texts, PrintStream out) {
        this.importer = importer;
        this.texts = texts;
        this.out = out;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE.jsonl    " + texts.text("import.usage");
    }

    @Override
    public int run(List<String> args) {
        if (args.size() != 1) {
            out.println(texts.text("import.usage.wrong") + " java -jar zhengwu.jar " + usage());
            return 2;
        }
        ImportSummary summary;
        try {
            summary = importer.importFile(Path.of(args.get(0)), line -> {
                out.println(line);
                out.flush();
            });
        } catch (RuleViolation refused) {
            out.println(texts.text("import.refused", texts.text(refused)));
            return 2;
        } catch (DataAccessException | TransactionException failed) {
            out.println(texts.text("import.aborted", texts.databaseDetail(failed)));
            return 1;
        }
        out.println(texts.text("import.rebuild-hint"));
        out.println(summary.line());
        out.flush();
        return 0;
    }
}
