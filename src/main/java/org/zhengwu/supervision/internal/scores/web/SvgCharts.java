package org.zhengwu.supervision.internal.scores.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server as inline SVG, so they show without JavaScript: a horizontal bar per unit (the ranking)
 * and a line over the weeks (the trend). Each has a title and a description for screen readers ({@code role="img"},
 * {@code aria-labelledby}); the page shows the same figures as a table beside it. Values run from 0 to 100.
 */
public final class SvgCharts {

    /** One bar or one point: its label and its value out of 100. */
    public record Datum(String label, double value) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 170;
    private static final int ROW = 26;
    private static final String BAR = "#b5121b";

    private SvgCharts() {
    }

    /** Horizontal bars, highest first as given. */
    public static String bars(String id, String title, String description, List<Datum> data) {
        int height = Math.max(1, data.size()) * ROW + 30;
        StringBuilder svg = open(id, title, description, height);
        int barSpace = WIDTH - LABEL_WIDTH - 60;
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            int y = 10 + i * ROW;
            int w = (int) Math.round(barSpace * clamp(d.value()) / 100);
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\">").append(esc(d.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(w).append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(BAR).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + w + 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\">").append(number(d.value())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A line through the points, left to right, on a 0–100 scale with grid lines at 0, 50 and 100. */
    public static String line(String id, String title, String description, List<Datum> data) {
        int height = 240;
        int left = 40;
        int top = 20;
        int plotHeight = 170;
        int plotWidth = WIDTH - left - 30;
        StringBuilder svg = open(id, title, description, height);
        for (int v : new int[] {0, 50, 100}) {
            int y = top + plotHeight - plotHeight * v / 100;
            svg.append("<line x1=\"").append(left).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(left + plotWidth).append("\" y2=\"").append(y).append("\" stroke=\"#ccc\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(v).append("</text>");
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            int x = left + (data.size() == 1 ? plotWidth / 2 : plotWidth * i / (data.size() - 1));
            int y = (int) Math.round(top + plotHeight - plotHeight * clamp(d.value()) / 100);
            points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"")
                    .append(BAR).append("\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(top + plotHeight + 20)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(esc(d.label())).append("</text>");
        }
        if (data.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(BAR).append("\" stroke-width=\"2\" points=\"")
                    .append(points).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\"><title id=\"").append(id).append("-title\">")
                .append(esc(title)).append("</title><desc id=\"").append(id).append("-desc\">").append(esc(description))
                .append("</desc>");
    }

    /** A score as people write it: 83.5, 70, 11.25. */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("0$", "");
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
