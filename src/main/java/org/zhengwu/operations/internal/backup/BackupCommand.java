package org.zhengwu.operations.internal.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.cli.Command;

/**
 * {@code java -jar zhengwu.jar backup DIR [--with-pages]} with the server stopped (the embedded database is opened by
 * one process at a time); while it runs, the same backup is {@code POST /actuator/backup} on the management port.
 */
@Component
class BackupCommand implements Command {

    private final Backups backups;
    private final MessageSource messages;
    private PrintStream out = System.out;

    BackupCommand(Backups backups, MessageSource messages) {
        this.backups = backups;
        this.messages = messages;
    }

    void output(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "backup DIR [--with-pages] 备份数据库、密钥和数据目录到空目录 DIR（运行中请用管理端口的 /actuator/backup）";
    }

    @Override
    public int run(List<String> args) throws Exception {
        List<String> words = new ArrayList<>(args);
        boolean withPages = words.remove("--with-pages");
        if (words.size() != 1) {
            out.println("用法 (usage): java -jar zhengwu.jar " + usage());
            return 2;
        }
        try {
            out.println(backups.write(Path.of(words.get(0)), withPages).line());
            return 0;
        } catch (RuleViolation e) {
            out.println("backup refused: " + messages.getMessage(e.key(), e.args(), e.key(), Locale.SIMPLIFIED_CHINESE));
            return 1;
        }
    }
}
