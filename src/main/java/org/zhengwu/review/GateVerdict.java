package org.zhengwu.review;

import java.util.List;

/**
 * The outcome of a {@link SubmissionGate}: the blocking findings (each one line for the editor), and any warnings
 * that do not stop the submission.
 */
public record GateVerdict(List<String> blocking, List<String> warnings) {

    public GateVerdict {
        blocking = List.copyOf(blocking);
        warnings = List.copyOf(warnings);
    }

    public static GateVerdict clear() {
        return new GateVerdict(List.of(), List.of());
    }

    public boolean blocks() {
        return !blocking.isEmpty();
    }
}
