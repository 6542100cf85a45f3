package org.zhengwu.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.PublishTime;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.publishing.internal.GreyModeStore;

/**
 * Grey mode for the whole site group: on now, off, or scheduled for a period. Published pages never change for it:
 * each links the stylesheet {@code /_zw/mode.css}, which turns the page grey while the mode is active.
 */
@Service
public class GreyMode {

    /** How long a server trusts its copy of the setting (another node or process may have changed it). */
    private static final long TRUST_NANOS = 15_000_000_000L;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final GreyModeStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private volatile GreyModeSetting cached;
    private volatile long cachedAt;

    GreyMode(GreyModeStore store, Clock clock, AuditTrail audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    public GreyModeSetting setting() {
        GreyModeSetting s = cached;
        if (s == null || System.nanoTime() - cachedAt > TRUST_NANOS) {
            s = store.load();
            cached = s;
            cachedAt = System.nanoTime();
        }
        return s;
    }

    public boolean activeNow() {
        return setting().activeAt(clock.instant());
    }

    public boolean activeAt(Instant moment) {
        return setting().activeAt(moment);
    }

    /**
     * Changes the mode. For {@code SCHEDULED} both times are required ("2026-12-13 00:00", "2026-12-13T00:00",
     * China Standard Time unless an offset is written), must be real dates, the end after the start and still to
     * come. Every rule is checked before anything is saved; the setting and its audit record are saved together.
     */
    @Transactional
    public GreyModeSetting change(String mode, String start, String end, String changedBy) {
        GreyModeSetting.Mode m;
        try {
            m = GreyModeSetting.Mode.valueOf(mode == null ? "" : mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("publishing.grey.mode.invalid");
        }
        OffsetDateTime from = null;
        OffsetDateTime to = null;
        if (m == GreyModeSetting.Mode.SCHEDULED) {
            if (blank(start)) {
                throw new RuleViolation("publishing.grey.start.required");
            }
            if (blank(end)) {
                throw new RuleViolation("publishing.grey.end.required");
            }
            from = PublishTime.parse(start).orElseThrow(() -> new RuleViolation("publishing.grey.start.invalid", start.trim()));
            to = PublishTime.parse(end).orElseThrow(() -> new RuleViolation("publishing.grey.end.invalid", end.trim()));
            if (!to.isAfter(from)) {
                throw new RuleViolation("publishing.grey.end.before-start");
            }
            if (!to.toInstant().isAfter(clock.instant())) {
                throw new RuleViolation("publishing.grey.end.past");
            }
        }
        GreyModeSetting saved = new GreyModeSetting(m, from, to, changedBy,
                OffsetDateTime.now(clock).atZoneSameInstant(PublishTime.CHINA).toOffsetDateTime());
        GreyModeSetting before = store.load();
        store.save(saved);
        audit.record(AuditEvent.of("publishing.grey", "grey_mode", null, null,
                "灰色模式 " + describe(before) + " → " + describe(saved)));
        cached = saved;
        cachedAt = System.nanoTime();
        return saved;
    }

    private static String describe(GreyModeSetting s) {
        return switch (s.mode()) {
            case SCHEDULED -> "定时（" + shown(s.startsAt()) + " 至 " + shown(s.endsAt()) + "）";
            case ON -> "开启";
            case OFF -> "关闭";
        };
    }

    private static String shown(OffsetDateTime t) {
        return t == null ? "?" : t.atZoneSameInstant(PublishTime.CHINA).format(SHOWN);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
