package org.zhengwu.supervision.internal.tasks;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.accounts.ReminderAddresses;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.security.StaffRole;

/**
 * Mails a 催办 to the lead unit's 办件人, 单位审核人 and 信息员 who gave a reminder address, one message each, when the
 * server has SMTP; from the event publication registry after commit, so a mail server that is down never undoes the
 * 催办 and the mail is sent again later.
 */
@Component
class UrgeMail {

    private static final Logger log = LoggerFactory.getLogger(UrgeMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final ReminderAddresses addresses;
    private final String consoleUrl;
    private final String from;

    UrgeMail(ObjectProvider<JavaMailSender> sender, ReminderAddresses addresses, ZhengwuProperties properties,
             @Value("${zhengwu.mail.from:zhengwu@localhost}") String from) {
        this.sender = sender;
        this.addresses = addresses;
        this.consoleUrl = properties.baseUrl().replaceAll("/+$", "");
        this.from = from;
    }

    @ApplicationModuleListener
    void send(TaskUrged urged) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        List<String> to = addresses.of(List.of(), List.of(
                new ReminderAddresses.RoleInUnit(urged.unitId(), StaffRole.CASE_HANDLER),
                new ReminderAddresses.RoleInUnit(urged.unitId(), StaffRole.UNIT_REVIEWER),
                new ReminderAddresses.RoleInUnit(urged.unitId(), StaffRole.EDITOR)));
        for (String address : to) {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(address);
            m.setSubject("【督办催办】" + urged.number() + "“" + shortly(urged.content()) + "”");
            m.setText("督查室对贵单位牵头的督办事项催办：\n\n编号：" + urged.number() + "\n任务：" + urged.content()
                    + "\n完成时限：" + urged.deadline() + "\n催办意见：" + urged.note() + "\n\n请登录办理："
                    + consoleUrl + "/admin/supervision/tasks/" + urged.taskId() + "\n");
            mail.send(m);
        }
        log.info("督办催办邮件：{}，发出 {} 封", urged.number(), to.size());
    }

    private static String shortly(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
