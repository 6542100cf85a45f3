package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseReminder;
import org.zhengwu.cases.CaseView;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NoticeCount;

/**
 * The signed-in staff member's notices (提醒) left by the deadline job: the page lists them newest first, and opening
 * a page marks the notices on it read; the navigation shows how many are unread.
 */
@Service
public class CaseNotices implements NoticeCount {

    public static final int PAGE_SIZE = 50;

    /**
     * A notice as its reader sees it, with the case it is about; {@code read}: before this opening; {@code branch}:
     * about the reader's unit's branch of a joint review (会签), not about the case's own deadline.
     */
    public record Notice(long id, CaseView about, CaseReminder.Kind kind, LocalDate deadline, OffsetDateTime createdAt,
                         boolean read, boolean branch) {
    }

    /** One page of notices (from 0) of all the person's, and how many are still unread after this opening. */
    public record Page(List<Notice> notices, long total, int page, long unread) {
    }

    private final ReminderStore store;
    private final UnitScope scope;
    private final Clock clock;

    CaseNotices(ReminderStore store, UnitScope scope, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(StaffPrincipal staff) {
        return staff.role() == null ? 0 : store.count(staff, true);
    }

    /** Opens a page of the current staff member's notices and marks them read. */
    @Transactional
    public Page open(int page) {
        StaffPrincipal p = scope.staff();
        if (p.role() == null) {
            throw new AccessDeniedException("no role");
        }
        long total = store.count(p, false);
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int at = Math.max(0, Math.min(page, last));
        List<Notice> notices = store.noticesFor(p, at * PAGE_SIZE, PAGE_SIZE);
        store.markRead(p.accountId(), notices.stream().filter(n -> !n.read()).map(Notice::id).toList(),
                OffsetDateTime.now(clock));
        return new Page(notices, total, at, store.count(p, true));
    }
}
