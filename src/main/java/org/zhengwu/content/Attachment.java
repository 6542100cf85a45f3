package org.zhengwu.content;

/** A file attached to an item; {@code path} is its public address under /uploads/. */
public record Attachment(long id, long contentId, String fileName, String path, String contentType, long sizeBytes) {
}
