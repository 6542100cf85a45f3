package org.zhengwu.publishing.internal;

import java.util.List;
import org.zhengwu.publishing.internal.Precompression.Coding;

/**
 * Which compressed copies a request's {@code Accept-Encoding} takes, best first (RFC 9110 §12.5.3): a coding named
 * with {@code q=0} is refused, {@code *} stands for codings not named, and brotli goes first when it is liked at
 * least as much as gzip (its copies are smaller).
 */
final class AcceptedCodings {

    private static final List<Coding> BR_FIRST = List.of(Coding.BR, Coding.GZIP);
    private static final List<Coding> GZIP_FIRST = List.of(Coding.GZIP, Coding.BR);

    private AcceptedCodings() {
    }

    static List<Coding> of(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        double br = -1;
        double gzip = -1;
        double any = -1;
        for (String part : header.split(",")) {
            int semi = part.indexOf(';');
            String name = (semi < 0 ? part : part.substring(0, semi)).trim();
            double q = semi < 0 ? 1 : quality(part.substring(semi + 1));
            if (name.equalsIgnoreCase("br")) {
                br = q;
            } else if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                gzip = Math.max(gzip, q);
            } else if (name.equals("*")) {
                any = q;
            }
        }
        br = br < 0 ? Math.max(any, 0) : br;
        gzip = gzip < 0 ? Math.max(any, 0) : gzip;
        if (br > 0 && gzip > 0) {
            return br >= gzip ? BR_FIRST : GZIP_FIRST;
        }
        return br > 0 ? List.of(Coding.BR) : gzip > 0 ? List.of(Coding.GZIP) : List.of();
    }

    /** The q value of the parameters after a coding's name; a malformed one counts as 0 (not accepted). */
    private static double quality(String params) {
        for (String p : params.split(";")) {
            String t = p.trim();
            if (t.length() > 2 && (t.charAt(0) == 'q' || t.charAt(0) == 'Q') && t.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(t.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
