package org.zhengwu.platform.metrics;

import java.util.List;
import java.util.Map;

/**
 * A door for the operations metrics: a module that owns figures an operator watches (letters waiting, overdue cases,
 * sign-in failures) declares a bean of this type, and the metrics endpoint shows them as gauges. The operations module
 * reads each bean at most every few seconds, whatever the scrape rate, so {@link #read()} may run one cheap counting
 * query; it must not load rows.
 */
public interface OperationalFigures {

    /** The figures this bean gives, fixed for the application's life. */
    List<Figure> figures();

    /** The current value of each of {@link #figures()}; a figure left out reads as 0. */
    Map<Figure, Number> read();

    /**
     * One gauge.
     *
     * @param name        its metric name in dotted lower case ({@code zhengwu.cases.waiting}); Prometheus shows it
     *                    with underscores
     * @param tags        what tells it from the others of the same name ({@code type=letter}), may be empty
     * @param description one line for the operator
     */
    record Figure(String name, Map<String, String> tags, String description) {

        public Figure {
            tags = Map.copyOf(tags);
        }

        public static Figure of(String name, String description) {
            return new Figure(name, Map.of(), description);
        }
    }
}
