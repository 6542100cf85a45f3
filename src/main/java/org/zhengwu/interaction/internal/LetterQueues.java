package org.zhengwu.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The console's lists of letters. Each role has its work list (待办): the dispatcher the received letters, the
 * handler the unit's letters to answer, the unit's leader the answers to review, the supervisor every open letter.
 * Unit roles only ever see their own unit's letters.
 */
@Service
public class LetterQueues {

    public static final int PAGE_SIZE = 50;
    /** The work list's name; the other lists are named by a state, or {@code all}. */
    public static final String TODO = "todo";
    public static final String ALL = "all";

    /** One letter in a list. */
    public record Row(String trackingNumber, String mailboxName, String subject, LetterState state, String unitName,
                      OffsetDateTime submittedAt, LocalDate deadline, boolean overdue) {
    }

    /** One page of a list. */
    public record Page(String list, List<Row> rows, long total, int page, int pages) {
    }

    private final LetterStore store;
    private final LetterAccess access;
    private final Mailboxes mailboxes;
    private final SiteDirectory sites;
    private final Clock clock;

    LetterQueues(LetterStore store, LetterAccess access, Mailboxes mailboxes, SiteDirectory sites, Clock clock) {
        this.store = store;
        this.access = access;
        this.mailboxes = mailboxes;
        this.sites = sites;
        this.clock = clock;
    }

    /** The states of a role's work list. */
    public static Set<LetterState> todo(StaffRole role) {
        return switch (role) {
            case DISPATCHER -> EnumSet.of(LetterState.RECEIVED);
            case CASE_HANDLER -> EnumSet.of(LetterState.ASSIGNED, LetterState.REOPENED);
            case UNIT_REVIEWER -> EnumSet.of(LetterState.ANSWER_IN_REVIEW);
            default -> EnumSet.of(LetterState.ASSIGNED, LetterState.ANSWER_IN_REVIEW, LetterState.REOPENED);
        };
    }

    /** How many letters are in the person's work list (待办来信); none for the supervisors, who only read. */
    @Transactional(readOnly = true)
    public long todoCount(StaffPrincipal me) {
        if (!LetterAccess.LETTER_ROLES.contains(me.role()) || me.role() == StaffRole.SUPERVISOR) {
            return 0;
        }
        Long unit = me.role().unitBound() ? me.unitId() : null;
        return store.count(new LetterStore.Query(todo(me.role()), unit, null, null, null, true, 0, 1));
    }

    @Transactional(readOnly = true)
    public Page list(String list, int page) {
        StaffPrincipal me = access.requireLetterRole();
        String name = list == null || list.isBlank() ? TODO : list.strip();
        Set<LetterState> states = states(name, me.role());
        Long unit = me.role().unitBound() ? me.unitId() : null;
        boolean work = TODO.equals(name);
        long total = store.count(new LetterStore.Query(states, unit, null, null, null, work, 0, 1));
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(1, Math.min(page, pages));
        List<LetterRecord> letters = store.list(new LetterStore.Query(states, unit, null, null, null, work,
                (p - 1) * PAGE_SIZE, PAGE_SIZE));
        Map<Long, String> boxes = mailboxes.all().stream().collect(Collectors.toMap(Mailbox::id, Mailbox::name));
        Map<Long, String> units = sites.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        LocalDate today = LocalDate.now(clock);
        Function<LetterRecord, Row> row = l -> new Row(l.trackingNumber(), boxes.get(l.mailboxId()), l.subject(),
                l.state(), l.unitId() == null ? null : units.get(l.unitId()), l.submittedAt(), l.deadline(),
                l.state().phase() == CasePhase.OPEN && l.deadline() != null && today.isAfter(l.deadline()));
        return new Page(name, letters.stream().map(row).toList(), total, p, pages);
    }

    private static Set<LetterState> states(String list, StaffRole role) {
        if (TODO.equals(list)) {
            return todo(role);
        }
        for (LetterState s : LetterState.values()) {
            if (s.name().equals(list)) {
                return EnumSet.of(s);
            }
        }
        return null; // all
    }
}
