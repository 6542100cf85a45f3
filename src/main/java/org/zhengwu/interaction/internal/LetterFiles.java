package org.zhengwu.interaction.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.LetterFile;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.platform.storage.ObjectStorage;
import org.zhengwu.platform.storage.UploadFolder;

/**
 * Letters' attachments under {@code {data-dir}/letters/yyyy/MM/} ({@link UploadFolder}: checked by name, size and
 * bytes, written to a temporary file first), at most {@link #MAX_FILES} of {@link #MAX_BYTES} each.
 */
@Component
public class LetterFiles {

    public static final int MAX_FILES = 3;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_NAME = UploadFolder.MAX_NAME;

    /** A stored attachment: the writer's file name, where it is, the type found in its bytes and its size. */
    public record Stored(String fileName, String storedName, FileType type, long size) {
    }

    private final DataDirectory data;
    private final Clock clock;
    private final ObjectStorage storage;

    LetterFiles(DataDirectory data, Clock clock, ObjectStorage storage) {
        this.data = data;
        this.clock = clock;
        this.storage = storage;
    }

    /**
     * Checks and stores the files; every problem is added to {@code problems} (field {@code files}). When there is
     * any, nothing stays stored.
     */
    public List<Stored> store(List<LetterFile> files, List<LetterProblem> problems) {
        List<LetterFile> given = files.stream().filter(f -> f != null && !UploadFolder.blank(f.fileName(), f.size()))
                .toList();
        if (given.size() > MAX_FILES) {
            problems.add(LetterRules.problem("files", "interaction.letter.files.too-many", MAX_FILES, given.size()));
            return List.of();
        }
        UploadFolder folder = folder();
        List<Stored> stored = new ArrayList<>();
        int before = problems.size();
        for (LetterFile f : given) {
            UploadFolder.Outcome o = folder.store(f.fileName(), f.content(), f.size(), UploadFolder.anyType(), MAX_BYTES);
            if (o.kept()) {
                UploadFolder.Stored s = o.stored();
                stored.add(new Stored(s.fileName(), s.storedName(), s.type(), s.size()));
            } else {
                problems.add(problem(o));
            }
        }
        if (problems.size() > before) {
            delete(stored);
            return List.of();
        }
        return stored;
    }

    /** Removes stored files again (their letter was not stored after all). */
    public void delete(List<Stored> stored) {
        folder().delete(stored.stream()
                .map(s -> new UploadFolder.Stored(s.fileName(), s.storedName(), s.type(), s.size())).toList());
    }

    /** The stored file, if the name is one this class gives and the file is there. */
    public Optional<Path> resolve(String storedName) {
        return folder().resolve(storedName);
    }

    private static LetterProblem problem(UploadFolder.Outcome o) {
        return switch (o.refusal()) {
            case NAME -> LetterRules.problem("files", "interaction.letter.files.name", o.name());
            case TYPE -> LetterRules.problem("files", "interaction.letter.files.type", o.name(), FileType.extensionList());
            case TOO_LARGE -> LetterRules.problem("files", "interaction.letter.files.too-large", o.name(),
                    MAX_BYTES / (1024 * 1024));
            case EMPTY -> LetterRules.problem("files", "interaction.letter.files.empty", o.name());
            case MISMATCH -> LetterRules.problem("files", "interaction.letter.files.mismatch", o.name(),
                    o.claimed().name());
            case UNAVAILABLE -> LetterRules.problem("files", "interaction.letter.files.unavailable", o.name());
        };
    }

    private UploadFolder folder() {
        return new UploadFolder(data, "letters", clock, storage);
    }
}
