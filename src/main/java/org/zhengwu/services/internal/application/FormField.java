package org.zhengwu.services.internal.application;

import java.util.List;
import java.util.Set;
import org.zhengwu.platform.storage.FileType;

/**
 * One field of an application form: its stable {@code key} (the form's parameter), the label and help text the
 * applicant reads, its type, whether it is required; a choice's {@code options}; an attachment's allowed types and
 * largest size.
 */
public record FormField(String key, String label, FieldType type, boolean required, String help, List<String> options,
                        Set<FileType> fileTypes, int maxMegabytes) {

    public FormField {
        key = key == null ? "" : key.strip();
        label = label == null ? "" : label.strip();
        help = help == null ? "" : help.strip();
        options = options.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        fileTypes = Set.copyOf(fileTypes);
    }

    public static FormField simple(String key, String label, FieldType type, boolean required, String help) {
        return new FormField(key, label, type, required, help, List.of(), Set.of(), 0);
    }

    public boolean attachment() {
        return type == FieldType.ATTACHMENT;
    }

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /** The accepted extensions for the file input's {@code accept} and the hint: ".pdf,.jpg". */
    public String accept() {
        return String.join(",", fileTypes.stream().sorted().map(t -> "." + t.extension()).toList());
    }
}
