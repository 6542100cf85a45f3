package org.zhengwu.supervision.internal.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zhengwu.supervision.ReportField;
import org.zhengwu.supervision.ReportFieldType;

/**
 * The supervisor's way to write a form's fields without JavaScript: one field a line,
 * {@code 名称|类型|必填或选填|最小值|最大值|选项}, the type one of 文本, 数字, 金额, 日期, 选项, the choices separated
 * by 、. Blank lines are skipped; every wrong line is reported with its number.
 */
final class FormDefinitionText {

    static final int MAX_FIELDS = 40;

    private static final Map<String, ReportFieldType> TYPES = Map.of("文本", ReportFieldType.TEXT,
            "数字", ReportFieldType.NUMBER, "金额", ReportFieldType.AMOUNT, "日期", ReportFieldType.DATE,
            "选项", ReportFieldType.CHOICE);

    private FormDefinitionText() {
    }

    static List<ReportField> read(String text) {
        List<ReportField> fields = new ArrayList<>();
        List<InvalidReport.Problem> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                fields.add(field(line, i + 1, "f" + (fields.size() + 1), fields));
            } catch (InvalidReport e) {
                problems.addAll(e.problems());
            }
        }
        if (fields.isEmpty() && problems.isEmpty()) {
            problems.add(problem(0, "reporting.define.no-fields"));
        }
        if (fields.size() > MAX_FIELDS) {
            problems.add(problem(0, "reporting.define.too-many", MAX_FIELDS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        return fields;
    }

    /** The fields as the supervisor writes them, to show a form's definition again. */
    static String write(List<ReportField> fields) {
        StringBuilder b = new StringBuilder();
        for (ReportField f : fields) {
            String type = TYPES.entrySet().stream().filter(e -> e.getValue() == f.type()).findFirst().orElseThrow().getKey();
            b.append(f.label()).append('|').append(type).append('|').append(f.required() ? "必填" : "选填").append('|')
                    .append(f.min() == null ? "" : f.min().stripTrailingZeros().toPlainString()).append('|')
                    .append(f.max() == null ? "" : f.max().stripTrailingZeros().toPlainString()).append('|')
                    .append(String.join("、", f.choices())).append('\n');
        }
        return b.toString();
    }

    private static ReportField field(String line, int number, String key, List<ReportField> before) {
        String[] parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        if (parts.length < 3 || parts.length > 6) {
            throw refuse(number, "reporting.define.columns");
        }
        String label = parts[0];
        if (label.isEmpty() || label.length() > 60) {
            throw refuse(number, "reporting.define.label");
        }
        if (before.stream().anyMatch(f -> f.label().equals(label))) {
            throw refuse(number, "reporting.define.label-twice", label);
        }
        ReportFieldType type = TYPES.get(parts[1]);
        if (type == null) {
            throw refuse(number, "reporting.define.type", parts[1]);
        }
        if (!parts[2].equals("必填") && !parts[2].equals("选填")) {
            throw refuse(number, "reporting.define.required", parts[2]);
        }
        BigDecimal min = bound(parts, 3, number, type);
        BigDecimal max = bound(parts, 4, number, type);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw refuse(number, "reporting.define.min-max");
        }
        List<String> choices = parts.length > 5 && !parts[5].isEmpty()
                ? Arrays.stream(parts[5].split("、")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList()
                : List.of();
        if (type == ReportFieldType.CHOICE && choices.size() < 2) {
            throw refuse(number, "reporting.define.choices");
        }
        if (type != ReportFieldType.CHOICE && !choices.isEmpty()) {
            throw refuse(number, "reporting.define.choices-only");
        }
        return new ReportField(key, label, type, parts[2].equals("必填"), min, max, choices);
    }

    private static BigDecimal bound(String[] parts, int at, int number, ReportFieldType type) {
        if (parts.length <= at || parts[at].isEmpty()) {
            return null;
        }
        if (!type.figure()) {
            throw refuse(number, "reporting.define.bounds-only");
        }
        if (!parts[at].matches("-?\\d{1,14}(\\.\\d{1,2})?")) {
            throw refuse(number, "reporting.define.bound", parts[at]);
        }
        return new BigDecimal(parts[at]);
    }

    private static InvalidReport.Problem problem(int line, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = line;
        System.arraycopy(more, 0, args, 1, more.length);
        return new InvalidReport.Problem("fields", key, args);
    }

    private static InvalidReport refuse(int line, String key, Object... more) {
        return new InvalidReport(List.of(problem(line, key, more)));
    }
}
