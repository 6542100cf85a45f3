package org.zhengwu.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.accounts.ReminderAddresses;
import org.zhengwu.cases.CaseReminder;
import org.zhengwu.cases.CaseView;
import org.zhengwu.platform.mail.StaffMail;

/**
 * Sends each reminder of the deadline job by e-mail to the people who got it as a console notice, through the
 * platform's {@link StaffMail} (nothing without SMTP; one message per address). Runs after the job's commit, from the event publication registry: a mail server
 * that is down leaves the publication incomplete, to be sent again, and never undoes the reminder itself.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final StaffMail mail;
    private final CaseStore cases;
    private final ReminderAddresses addresses;
    private final MessageSource messages;

    ReminderMail(StaffMail mail, CaseStore cases, ReminderAddresses addresses, MessageSource messages) {
        this.mail = mail;
        this.cases = cases;
        this.addresses = addresses;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void send(CaseReminder reminder) {
        if (!mail.available()) {
            return;
        }
        CaseView c = cases.find(reminder.caseId()).map(CaseFile::view).orElse(null);
        if (c == null) {
            return;
        }
        List<Long> accounts = new ArrayList<>();
        List<ReminderAddresses.RoleInUnit> roles = new ArrayList<>();
        List<ReminderStore.Recipient> recipients = reminder.branchId() != null
                ? BranchReminders.recipients(reminder.unitId(), reminder.kind())
                : DeadlineCheck.recipients(c, reminder.kind());
        for (ReminderStore.Recipient r : recipients) {
            if (r.accountId() != null) {
                accounts.add(r.accountId());
            } else {
                roles.add(new ReminderAddresses.RoleInUnit(r.unitId(), r.role()));
            }
        }
        List<String> to = addresses.of(accounts, roles);
        String kind = reminder.kind().name();
        String subject = t("cases.mail.subject." + kind, reminder.reference(), reminder.subject(), reminder.deadline());
        String text = t("cases.mail.text", t("cases.mail.lead." + kind), reminder.reference(), reminder.subject(),
                reminder.deadline(), mail.link("/admin/cases/" + reminder.caseId()));
        int sent = mail.send(to, subject, text);
        log.info("办件提醒邮件：案件 {} {}，发出 {} 封", reminder.caseId(), kind, sent);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
