package org.zhengwu.content.internal;

/**
 * An accepted upload.
 *
 * @param path its public address, {@code /uploads/yyyy/MM/<random>.<ext>}
 * @param fileName the uploader's file name, cleaned, for display and downloads
 */
public record StoredUpload(String path, String fileName, String contentType, long sizeBytes) {
}
