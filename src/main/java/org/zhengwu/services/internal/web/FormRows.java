package org.zhengwu.services.internal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.services.internal.application.FieldType;
import org.zhengwu.services.internal.application.FormField;

/**
 * The form editor's rows as posted: parallel lists, one entry per row ({@code required} "true"/"false", options one
 * a line, file types as extensions "pdf,jpg"). A row with neither key nor label is an empty row and left out.
 */
public record FormRows(List<String> key, List<String> label, List<String> type, List<String> required,
                       List<String> help, List<String> options, List<String> fileTypes, List<String> maxMegabytes) {

    /** Blank rows offered under the existing ones for new fields. */
    static final int BLANK_ROWS = 3;

    public FormRows {
        key = key == null ? List.of() : key;
        label = label == null ? List.of() : label;
        type = type == null ? List.of() : type;
        required = required == null ? List.of() : required;
        help = help == null ? List.of() : help;
        options = options == null ? List.of() : options;
        fileTypes = fileTypes == null ? List.of() : fileTypes;
        maxMegabytes = maxMegabytes == null ? List.of() : maxMegabytes;
    }

    /** The rows as posted, read value by value (data binding would split a lone "pdf,jpg" at its comma). */
    static FormRows from(jakarta.servlet.http.HttpServletRequest request) {
        return new FormRows(values(request, "key"), values(request, "label"), values(request, "type"),
                values(request, "required"), values(request, "help"), values(request, "options"),
                values(request, "fileTypes"), values(request, "maxMegabytes"));
    }

    private static List<String> values(jakarta.servlet.http.HttpServletRequest request, String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? List.of() : Arrays.asList(v);
    }

    static FormRows of(List<FormField> fields) {
        FormRows rows = new FormRows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (FormField f : fields) {
            rows.add(f.key(), f.label(), f.type().name(), String.valueOf(f.required()), f.help(),
                    String.join("\n", f.options()),
                    String.join(",", f.fileTypes().stream().sorted().map(FileType::extension).toList()),
                    f.attachment() ? String.valueOf(f.maxMegabytes()) : "");
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add("", "", FieldType.TEXT.name(), "false", "", "", "", "");
        }
        return rows;
    }

    private void add(String... values) {
        List<List<String>> columns = List.of(key, label, type, required, help, options, fileTypes, maxMegabytes);
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i]);
        }
    }

    public int size() {
        return key.size();
    }

    public String at(List<String> column, int row) {
        return row < column.size() && column.get(row) != null ? column.get(row) : "";
    }

    /** The fields of the non-empty rows; a type or size that cannot be read is refused. */
    List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            String k = at(key, i).strip();
            String l = at(label, i).strip();
            if (k.isEmpty() && l.isEmpty()) {
                continue;
            }
            String typed = at(type, i);
            FieldType t = Arrays.stream(FieldType.values()).filter(v -> v.name().equals(typed))
                    .findFirst().orElseThrow(() -> new RuleViolation("service.form.type", l.isEmpty() ? k : l));
            int mb = 0;
            if (t == FieldType.ATTACHMENT) {
                try {
                    mb = Integer.parseInt(at(maxMegabytes, i).strip());
                } catch (NumberFormatException e) {
                    throw new RuleViolation("service.form.number", l.isEmpty() ? k : l);
                }
            }
            fields.add(new FormField(k, l, t, "true".equals(at(required, i)), at(help, i),
                    t == FieldType.CHOICE ? Arrays.asList(at(options, i).split("\\R")) : List.of(),
                    t == FieldType.ATTACHMENT ? types(at(fileTypes, i)) : Set.of(), mb));
        }
        return fields;
    }

    /** The types named by extension; unknown ones are dropped (an empty set is then refused by the form's rules). */
    private static Set<FileType> types(String extensions) {
        Set<FileType> types = EnumSet.noneOf(FileType.class);
        for (String e : extensions.split("[,，、\\s]+")) {
            if (!e.isBlank()) {
                FileType.byName("x." + e.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).ifPresent(types::add);
            }
        }
        return types;
    }
}
