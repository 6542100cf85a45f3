package org.zhengwu.content.internal;

import java.util.Set;

/** What may be uploaded, by purpose: images shown in articles, and attachments offered for download. */
public enum UploadKind {

    IMAGE(10L * 1024 * 1024, Set.of("jpg", "jpeg", "png", "gif", "webp")),
    ATTACHMENT(50L * 1024 * 1024, Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "ofd", "txt", "zip"));

    private final long maxBytes;
    private final Set<String> extensions;

    UploadKind(long maxBytes, Set<String> extensions) {
        this.maxBytes = maxBytes;
        this.extensions = extensions;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    public boolean allows(String extension) {
        return extensions.contains(extension);
    }

    /** The extensions, sorted, for messages. */
    public String extensionList() {
        return String.join("、", extensions.stream().sorted().toList());
    }
}
