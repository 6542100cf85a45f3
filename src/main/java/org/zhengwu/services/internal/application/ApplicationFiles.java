package org.zhengwu.services.internal.application;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.platform.storage.ObjectStorage;
import org.zhengwu.platform.storage.UploadFolder;

/**
 * Applications' files under {@code {data-dir}/applications/} ({@link UploadFolder}): each field's file checked
 * against that field's allowed types and size, by its bytes; a problem is named at its field.
 */
@Component
public class ApplicationFiles {

    private final DataDirectory data;
    private final Clock clock;
    private final ObjectStorage storage;

    ApplicationFiles(DataDirectory data, Clock clock, ObjectStorage storage) {
        this.data = data;
        this.clock = clock;
        this.storage = storage;
    }

    /** Stores the given files of these fields (empty inputs skipped); the problems go to {@code problems}. */
    Map<String, UploadFolder.Stored> store(List<FormField> fields, Map<String, Upload> files, List<Problem> problems) {
        Map<String, UploadFolder.Stored> stored = new LinkedHashMap<>();
        UploadFolder folder = folder();
        for (FormField f : fields) {
            Upload u = files.get(f.key());
            if (!f.attachment() || u == null || UploadFolder.blank(u.fileName(), u.size())) {
                continue;
            }
            UploadFolder.Outcome o = folder.store(u.fileName(), u.content(), u.size(), f.fileTypes(), f.maxBytes());
            if (o.kept()) {
                stored.put(f.key(), o.stored());
            } else {
                problems.add(problem(f, o));
            }
        }
        return stored;
    }

    void delete(Map<String, UploadFolder.Stored> stored) {
        folder().delete(new ArrayList<>(stored.values()));
    }

    public Optional<Path> resolve(String storedName) {
        return folder().resolve(storedName);
    }

    private static Problem problem(FormField f, UploadFolder.Outcome o) {
        String types = String.join("、", f.fileTypes().stream().sorted().map(FileType::extension).toList());
        return switch (o.refusal()) {
            case NAME -> new Problem(f.key(), "service.apply.file.name", f.label(), o.name());
            case TYPE -> new Problem(f.key(), "service.apply.file.type", f.label(), o.name(), types);
            case TOO_LARGE -> new Problem(f.key(), "service.apply.file.too-large", f.label(), o.name(), f.maxMegabytes());
            case EMPTY -> new Problem(f.key(), "service.apply.file.empty", f.label(), o.name());
            case MISMATCH -> new Problem(f.key(), "service.apply.file.mismatch", f.label(), o.name(),
                    o.claimed().extension());
            case UNAVAILABLE -> new Problem(f.key(), "service.apply.file.unavailable", f.label(), o.name());
        };
    }

    private UploadFolder folder() {
        return new UploadFolder(data, "applications", clock, storage);
    }
}
