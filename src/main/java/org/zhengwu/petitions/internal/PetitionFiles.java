package org.zhengwu.petitions.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.platform.storage.UploadFolder;

/**
 * A petition's attachments under {@code {data-dir}/petitions/yyyy/MM/} ({@link UploadFolder}: checked by name, size and
 * bytes), at most {@link #MAX_FILES} of {@link #MAX_BYTES} each. All are kept, or none.
 */
@Component
public class PetitionFiles {

    static final int MAX_FILES = 5;
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A file as received. */
    public record Upload(String fileName, long size, InputStreamSource content) {
    }

    private final DataDirectory data;
    private final Clock clock;

    PetitionFiles(DataDirectory data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** Stores the files, or none of them and every problem (field {@code files}). */
    List<UploadFolder.Stored> store(List<Upload> files) {
        List<Upload> given = files.stream().filter(f -> f != null && !UploadFolder.blank(f.fileName(), f.size()))
                .toList();
        if (given.size() > MAX_FILES) {
            throw InvalidPetition.of("files", "petitions.error.files.too-many", MAX_FILES);
        }
        UploadFolder folder = folder();
        List<UploadFolder.Stored> stored = new ArrayList<>();
        List<InvalidPetition.Problem> problems = new ArrayList<>();
        for (Upload f : given) {
            UploadFolder.Outcome o = folder.store(f.fileName(), f.content(), f.size(), UploadFolder.anyType(),
                    MAX_BYTES);
            if (o.kept()) {
                stored.add(o.stored());
            } else {
                problems.add(PetitionForm.problem("files", "petitions.error.files." + o.refusal().name(), o.name(),
                        o.refusal() == UploadFolder.Refusal.TOO_LARGE ? MAX_BYTES / (1024 * 1024)
                                : FileType.extensionList()));
            }
        }
        if (!problems.isEmpty()) {
            folder.delete(stored);
            throw new InvalidPetition(problems);
        }
        return stored;
    }

    void delete(List<UploadFolder.Stored> stored) {
        folder().delete(stored);
    }

    Optional<Path> resolve(String storedName) {
        return folder().resolve(storedName);
    }

    private UploadFolder folder() {
        return new UploadFolder(data.resolve("petitions"), clock);
    }
}
