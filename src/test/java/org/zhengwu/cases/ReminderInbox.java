package org.zhengwu.cases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Collects the {@link CaseReminder} events the deadline job publishes, for the tests (part of the shared context). */
@Component
public class ReminderInbox {

    private final List<CaseReminder> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CaseReminder reminder) {
        received.add(reminder);
    }

    /** What arrived for one case, oldest first. */
    public List<CaseReminder> of(long caseId) {
        return received.stream().filter(r -> r.caseId() == caseId).toList();
    }
}
