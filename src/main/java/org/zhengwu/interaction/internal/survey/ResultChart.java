package org.zhengwu.interaction.internal.survey;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * The bar chart of one question's published results, as PNG, drawn with JFreeChart: a bar per option with its count
 * and percentage. The options are labelled with their text when the server has a font with Chinese glyphs, and
 * otherwise with their letters (A, B, C…), which the table beside the chart pairs with the text — the table is the
 * accessible version anyway. Published results no longer change, so each chart is drawn once and kept (the most
 * recent {@value #CACHED} in memory).
 */
@Component
class ResultChart {

    static final int CACHED = 200;
    static final int WIDTH = 720;
    /** Families tried first for Chinese labels; then any installed family that has the glyphs. */
    private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "AR PL UMing CN");

    private final Map<String, byte[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    });
    private volatile Optional<String> chineseFamily;

    /** The chart of a question of a survey whose results are published. */
    byte[] png(long surveyId, Results.QuestionResult result) {
        return cache.computeIfAbsent(surveyId + ":" + result.question().id(),
                k -> draw(result, chineseFamily().orElse(null)));
    }

    /** Whether the options are drawn with their text (a font with Chinese glyphs is installed) or their letters. */
    boolean labelsInChinese() {
        return chineseFamily().isPresent();
    }

    /** Draws the chart; {@code family} null labels the options by their letters. */
    static byte[] draw(Results.QuestionResult result, String family) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Results.ChoiceCount c : result.choices()) {
            String label = family == null ? c.choice().key() : c.choice().key() + " " + shorten(c.choice().label());
            data.addValue(c.count(), "count", label);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        Font font = new Font(family == null ? Font.SANS_SERIF : family, Font.PLAIN, 14);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(font);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(font);
        counts.setUpperMargin(0.25); // room for the labels at the end of the bars
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0xB5121B));
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Results.ChoiceCount c = result.choices().get(column);
                return c.count() + " (" + c.percent() + ")";
            }
        });
        bars.setItemLabelAnchorOffset(6);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        BufferedImage image = chart.createBufferedImage(WIDTH, height(result));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(16_384)) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart's height in pixels: room for each option's bar. */
    static int height(Results.QuestionResult result) {
        return 60 + 44 * Math.max(1, result.choices().size());
    }

    private static String shorten(String label) {
        return label.length() > 16 ? label.substring(0, 15) + "…" : label;
    }

    private Optional<String> chineseFamily() {
        Optional<String> found = chineseFamily;
        if (found == null) {
            found = findChineseFamily();
            chineseFamily = found;
        }
        return found;
    }

    /** A font family that can draw Chinese, preferring the well-known ones; empty when the server has none. */
    static Optional<String> findChineseFamily() {
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        return java.util.stream.Stream.concat(CJK_FAMILIES.stream().filter(installed::contains), installed.stream())
                .filter(f -> new Font(f, Font.PLAIN, 14).canDisplayUpTo("调查结果意见满意") == -1)
                .findFirst();
    }
}
