package org.zhengwu.publishing.internal;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compressed copies written next to a published text file ({@code page.html.br}, {@code page.html.gz}), so the
 * server (and nginx's {@code gzip_static}/{@code brotli_static} on the same tree) sends pages compressed without
 * compressing on every request. Only text files of at least {@link #MIN_BYTES} get copies, and a copy only when it is
 * smaller. Fast levels (gzip 6, brotli 5): a rebuild compresses every changed page twice, about 1 ms of CPU a page
 * for both (bench/RESULTS.md §1); brotli 4 is barely faster and no smaller than gzip, the higher levels cost many
 * times more for a few per cent. Where brotli's native library cannot load (another
 * processor or system), pages get gzip only and the server says so once at start.
 */
final class Precompression {

    /** One way of compressing: the file name suffix, the {@code Content-Encoding} token. */
    enum Coding {
        BR(".br", "br"), GZIP(".gz", "gzip");

        final String suffix;
        final String token;

        Coding(String suffix, String token) {
            this.suffix = suffix;
            this.token = token;
        }
    }

    /** Below this, the saving is under a network packet and not worth two more files. */
    static final int MIN_BYTES = 1024;
    static final int GZIP_LEVEL = 6;
    static final int BROTLI_QUALITY = 5;

    private static final Logger log = LoggerFactory.getLogger(Precompression.class);
    private static final String[] TEXT_TYPES = {".html", ".css", ".js", ".xml", ".json", ".txt", ".svg"};

    private final boolean enabled;
    private final boolean brotli;

    Precompression(boolean enabled, boolean brotli) {
        this.enabled = enabled;
        this.brotli = brotli;
    }

    /** As configured: on unless switched off, with brotli when its native library loads here. */
    static Precompression of(boolean enabled) {
        return new Precompression(enabled, enabled && brotliLoads());
    }

    private static boolean brotliLoads() {
        try {
            if (Brotli4jLoader.isAvailable()) {
                return true;
            }
            log.warn("published pages get gzip copies only: brotli's native library does not load here ({})",
                    String.valueOf(Brotli4jLoader.getUnavailabilityCause()));
        } catch (LinkageError e) {
            log.warn("published pages get gzip copies only: brotli's native library does not load here ({})", e.toString());
        }
        return false;
    }

    boolean brotli() {
        return brotli;
    }

    /** Whether a file at this path gets compressed copies at all (by its type; its size decides too). */
    boolean wanted(String path) {
        return enabled && text(path);
    }

    /** Whether a file at this path is of a type that may have compressed copies (written now or earlier). */
    static boolean text(String path) {
        for (String type : TEXT_TYPES) {
            if (path.endsWith(type)) {
                return true;
            }
        }
        return false;
    }

    /** The copy of these bytes in this coding, or null when there should be none (too small, not smaller, no brotli). */
    byte[] compress(Coding coding, byte[] bytes) {
        if (bytes.length < MIN_BYTES || (coding == Coding.BR && !brotli)) {
            return null;
        }
        byte[] out = coding == Coding.BR ? brotli(bytes) : gzip(bytes);
        return out.length < bytes.length ? out : null;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(GZIP_LEVEL);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory streams do not fail
        }
        return out.toByteArray();
    }

    private static byte[] brotli(byte[] bytes) {
        try {
            // a window no larger than the page: the default 4 MB one costs a third more time on a 10 KB page, for nothing
            int window = Math.max(10, Math.min(22, 64 - Long.numberOfLeadingZeros(bytes.length - 1L)));
            return Encoder.compress(bytes, new Encoder.Parameters().setQuality(BROTLI_QUALITY).setWindow(window)
                    .setMode(Encoder.Mode.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
