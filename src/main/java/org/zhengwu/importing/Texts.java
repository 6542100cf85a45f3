package org.zhengwu.importing;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;

/** The command line speaks Chinese: messages of the bundles in zh-CN. */
@Component
class Texts {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, ZH);
    }

    String text(RuleViolation violation) {
        return messages.getMessage(violation.key(), violation.args(), ZH);
    }

    /** Why the database refused a row, in its own words (first line, shortened). */
    String databaseRefusal(Exception e) {
        return text("import.line.database", databaseDetail(e));
    }

    String databaseDetail(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        int nl = detail.indexOf('\n');
        if (nl > 0) {
            detail = detail.substring(0, nl);
        }
        if (detail.length() > 300) {
            detail = detail.substring(0, 300) + "…";
        }
        return detail;
    }
}
