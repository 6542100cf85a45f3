package org.zhengwu.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.metrics.OperationalFigures;

/**
 * The operator's gauge of failed staff sign-ins (wrong password or code, locked, disabled, throttled) in the last
 * hour: a rise means someone is guessing. One count over the sign-in log's index by time.
 */
@Component
class SignInFailureFigures implements OperationalFigures {

    static final Figure FAILURES = Figure.of("zhengwu.sign-in.failures.last-hour", "最近一小时工作人员登录失败的次数");
    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInFailureFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Figure> figures() {
        return List.of(FAILURES);
    }

    @Override
    public Map<Figure, Number> read() {
        long n = jdbc.sql("SELECT COUNT(*) FROM staff_sign_in WHERE occurred_at >= ? AND outcome <> 'SUCCESS'")
                .param(OffsetDateTime.now(clock).minus(WINDOW)).query(Long.class).single();
        return Map.of(FAILURES, n);
    }
}
