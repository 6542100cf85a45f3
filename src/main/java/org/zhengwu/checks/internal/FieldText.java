package org.zhengwu.checks.internal;

import java.util.Arrays;
import java.util.List;
import org.zhengwu.checks.Finding;

/** The plain text of one field, which makes the findings in it (with their line and column). */
public final class FieldText {

    private final Finding.Field field;
    private final String attachment;
    private final String text;
    private int[] lineStarts;

    public FieldText(Finding.Field field, String attachment, String text) {
        this.field = field;
        this.attachment = attachment;
        this.text = text;
    }

    public String text() {
        return text;
    }

    public Finding finding(Finding.Kind kind, Finding.Severity severity, int start, int end, String messageKey,
                           List<String> args, String suggestion) {
        int line = lineOf(start);
        int column = start - lineStarts[line] + 1;
        return new Finding(kind, severity, field, attachment, start, end, line + 1, column, text.substring(start, end),
                messageKey, args, suggestion);
    }

    private int lineOf(int offset) {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 1;
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = k + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
