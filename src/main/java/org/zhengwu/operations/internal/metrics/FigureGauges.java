package org.zhengwu.operations.internal.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.metrics.OperationalFigures;
import org.zhengwu.platform.metrics.OperationalFigures.Figure;

/**
 * Registers every module's {@link OperationalFigures} as gauges. A bean is read at most once per
 * {@code zhengwu.operations.metrics-cache} (default 5 s), however often Prometheus scrapes; a reading that fails (the
 * database away) shows as NaN until the next one succeeds.
 */
@Component
class FigureGauges implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(FigureGauges.class);

    private final List<OperationalFigures> sources;
    private final long cacheNanos;

    FigureGauges(List<OperationalFigures> sources, OperationsSettings settings) {
        this.sources = sources;
        this.cacheNanos = settings.metricsCache().toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OperationalFigures source : sources) {
            Reading reading = new Reading(source, cacheNanos);
            for (Figure f : source.figures()) {
                Gauge.Builder<Reading> gauge = Gauge.builder(f.name(), reading, r -> r.value(f))
                        .description(f.description()).strongReference(true); // nothing else holds the reading
                f.tags().forEach(gauge::tag);
                gauge.register(registry);
            }
        }
    }

    /** One source's last reading and when it was taken. */
    private static final class Reading {
        private final OperationalFigures source;
        private final long maxAgeNanos;
        private Map<Figure, Number> values;
        private boolean failed;
        private long takenAt;

        Reading(OperationalFigures source, long maxAgeNanos) {
            this.source = source;
            this.maxAgeNanos = maxAgeNanos;
        }

        synchronized double value(Figure f) {
            long now = System.nanoTime();
            if (values == null || now - takenAt >= maxAgeNanos) {
                takenAt = now;
                try {
                    values = source.read();
                    failed = false;
                } catch (RuntimeException e) {
                    if (!failed) {
                        LOG.warn("reading {} failed; its gauges show NaN until it succeeds", source.getClass().getSimpleName(), e);
                    }
                    values = Map.of();
                    failed = true;
                }
            }
            if (failed) {
                return Double.NaN;
            }
            Number n = values.get(f);
            return n == null ? 0 : n.doubleValue();
        }
    }
}
