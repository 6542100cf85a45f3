package org.zhengwu.services.internal.web;

import java.util.Locale;
import org.zhengwu.services.internal.rating.ServiceFigures;

/** What the public figures' pages show, and how their numbers are written. */
public final class FigureViews {

    private FigureViews() {
    }

    /** The figures of a year; {@code thisYear} bounds the years offered. */
    public record Stats(ServiceFigures.Figures figures, int thisYear) {
    }

    /** 95.0%, or — when there is nothing to divide. */
    public static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** 3.5, or — when nothing was handled. */
    public static String days(Double days) {
        return days == null ? "—" : String.format(Locale.ROOT, "%.1f", days);
    }
}
