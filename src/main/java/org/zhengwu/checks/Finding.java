package org.zhengwu.checks;

import java.util.List;
import java.util.Objects;

/**
 * One thing a check found.
 *
 * <p>{@code start} and {@code end} are character offsets (UTF-16 code units, end exclusive) into the plain text of
 * the field: for {@link Field#TITLE} the title as given; for {@link Field#BODY} the text that
 * {@link PlainText#of(String)} makes of the body HTML (tags removed, entities decoded, a line break for each block
 * element), which {@link PlainText#sourceOffset(int)} maps back to the HTML; for {@link Field#ATTACHMENT} the text
 * read from the attachment named {@code attachment}. A link finding covers the link's text; an image finding is
 * empty ({@code start == end}) at the image's place. {@code line} and {@code column} (from 1) say the same for a
 * person. An attachment that could not be read at all has offsets 0, 0.
 *
 * @param text the matched text exactly as it stands in the field
 * @param messageKey a key of the {@code checks} message bundle; {@code args} are its arguments
 * @param suggestion what to write instead (typos), or null
 */
public record Finding(Kind kind, Severity severity, Field field, String attachment, int start, int end, int line,
                      int column, String text, String messageKey, List<String> args, String suggestion) {

    public enum Kind {
        /** 敏感词: may be fine in context; a reviewer looks. */
        SENSITIVE_WORD,
        /** 禁用词: must not be published. */
        BANNED_WORD,
        /** 错别字或错误表述. */
        TYPO,
        ID_NUMBER,
        MOBILE_NUMBER,
        BANK_CARD,
        /** A link to a site that is neither a government site nor on the allow-list. */
        COMMERCIAL_LINK,
        BROKEN_LINK,
        BROKEN_IMAGE,
        /** An attachment whose text could not be read (encrypted, damaged, a format without text). */
        UNCHECKED_ATTACHMENT
    }

    public enum Severity {
        /** Stops submission unless a reviewer overrides it with a reason. */
        BLOCKING,
        WARNING
    }

    public enum Field {
        TITLE,
        BODY,
        ATTACHMENT
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
        args = args == null ? List.of() : List.copyOf(args);
        text = text == null ? "" : text;
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }

    /** The message arguments, as MessageSource takes them. */
    public Object[] messageArgs() {
        return args.toArray();
    }
}
