package org.zhengwu.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a file line by line like {@link java.io.BufferedReader#readLine()}, but never holds more than {@code maxChars}
 * of one line in memory: the rest of an oversized line is read past and the line is marked as too long, so a broken
 * file (or one without line breaks) cannot exhaust the heap.
 */
final class LineReader implements Closeable {

    /** One line; {@code text} is cut at the limit when {@code tooLong}. */
    record Line(long number, String text, boolean tooLong) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long number;
    private final StringBuilder line = new StringBuilder(8192);

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            int room = maxChars - line.length();
            int take = pos - start;
            if (take > room) {
                tooLong = true;
                take = Math.max(room, 0);
            }
            line.append(buf, start, take);
            if (pos < len) {
                pos++; // the '\n'
                break;
            }
        }
        number++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        if (number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        return new Line(number, line.toString(), tooLong);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
