package org.zhengwu.publishing;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/** Reads back the compressed copies of published files, as a browser would. */
public final class Decompressing {

    private Decompressing() {
    }

    public static byte[] brotli(byte[] bytes) throws IOException {
        return Decoder.decompress(bytes).getDecompressedData();
    }

    public static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
