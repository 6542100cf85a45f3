package org.zhengwu.supervision.internal.inspection;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.accounts.ReminderAddresses;
import org.zhengwu.platform.mail.StaffMail;
import org.zhengwu.platform.security.StaffRole;

/**
 * Mails each new warning or trip to the site's unit: its editors (信息员) and its leader (单位审核人), and for
 * letters its handlers (办件人), at the addresses they gave for reminders, one message per address — like the case
 * engine's reminders. Runs after the run's commit from the event publication registry, so a mail server that is down
 * leaves it to be sent again and never undoes the reading.
 */
@Component
class WarningMail {

    private static final Logger log = LoggerFactory.getLogger(WarningMail.class);

    private final StaffMail mail;
    private final ReminderAddresses addresses;
    private final MessageSource messages;

    WarningMail(StaffMail mail, ReminderAddresses addresses, MessageSource messages) {
        this.mail = mail;
        this.addresses = addresses;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void send(InspectionNotice notice) {
        if (!mail.available()) {
            return;
        }
        List<StaffRole> roles = notice.indicator() == Indicator.LETTERS_UNANSWERED
                ? List.of(StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER)
                : List.of(StaffRole.EDITOR, StaffRole.UNIT_REVIEWER);
        List<String> to = addresses.of(List.of(), roles.stream()
                .map(r -> new ReminderAddresses.RoleInUnit(notice.unitId(), r)).toList());
        String indicator = t(notice.indicator().labelKey());
        String subject = t("inspection.mail.subject." + notice.state().name(), notice.siteName(), indicator,
                String.valueOf(notice.tripsOn()));
        String text = t("inspection.mail.text", notice.siteName(), indicator, notice.summary(),
                mail.link("/admin/supervision/inspection/" + notice.siteCode()));
        int sent = mail.send(to, subject, text);
        log.info("网站自查提醒邮件：{} {} {}，发出 {} 封", notice.siteCode(), notice.indicator(), notice.state(), sent);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
