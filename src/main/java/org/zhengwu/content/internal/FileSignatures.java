package org.zhengwu.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks that a file's first bytes fit its extension, so an executable or a web page renamed to {@code .pdf} or
 * {@code .jpg} is refused. Text files have no signature: they must contain no NUL byte and not start like an
 * executable.
 */
final class FileSignatures {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Microsoft compound file: .doc, .xls, .ppt and Kingsoft .wps. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** ZIP container: .docx, .xlsx, .pptx, .ofd and .zip. */
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 0x05, 0x06};
    private static final byte[] WINDOWS_EXE = {'M', 'Z'};
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F'};

    private FileSignatures() {
    }

    /** Whether the content read from {@code in} is what {@code extension} says. Reads text files to the end. */
    static boolean matches(String extension, InputStream in) throws IOException {
        if ("txt".equals(extension)) {
            return plainText(in);
        }
        byte[] head = in.readNBytes(16);
        return switch (extension) {
            case "jpg", "jpeg" -> startsWith(head, JPEG);
            case "png" -> startsWith(head, PNG);
            case "gif" -> startsWith(head, GIF87) || startsWith(head, GIF89);
            case "webp" -> startsWith(head, RIFF) && head.length >= 12 && Arrays.equals(head, 8, 12, WEBP, 0, 4);
            case "pdf" -> startsWith(head, PDF);
            case "doc", "xls", "ppt", "wps" -> startsWith(head, OLE2);
            case "docx", "xlsx", "pptx", "ofd" -> startsWith(head, ZIP);
            case "zip" -> startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY);
            default -> false;
        };
    }

    private static boolean plainText(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        boolean first = true;
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (first && (startsWith(Arrays.copyOf(buffer, n), WINDOWS_EXE) || startsWith(Arrays.copyOf(buffer, n), ELF))) {
                return false;
            }
            first = false;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
