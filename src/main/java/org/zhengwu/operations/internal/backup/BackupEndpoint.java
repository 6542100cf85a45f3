package org.zhengwu.operations.internal.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.MessageSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;

/**
 * The online backup of a running installation, on the management port (loopback only):
 * {@code curl -X POST -H 'Content-Type: application/json' -d '{"directory":"/var/backups/zhengwu/2026-12-08"}'
 * http://127.0.0.1:8081/actuator/backup}. Answers what was written, or why it refused.
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

    private final Backups backups;
    private final MessageSource messages;

    BackupEndpoint(Backups backups, MessageSource messages) {
        this.backups = backups;
        this.messages = messages;
    }

    @WriteOperation
    public Map<String, Object> backup(String directory, @Nullable Boolean withPages) throws IOException {
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            Backups.Summary s = backups.write(Path.of(directory), Boolean.TRUE.equals(withPages));
            answer.put("status", "done");
            answer.put("directory", s.directory().toString());
            answer.put("databaseBytes", s.databaseBytes());
            answer.put("files", s.files());
        } catch (RuleViolation e) {
            answer.put("status", "refused");
            answer.put("error", messages.getMessage(e.key(), e.args(), e.key(), Locale.SIMPLIFIED_CHINESE));
        }
        return answer;
    }
}
