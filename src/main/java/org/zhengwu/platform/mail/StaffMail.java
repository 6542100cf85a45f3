package org.zhengwu.platform.mail;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.ZhengwuProperties;

/**
 * The platform's mail to staff (reminders, warnings), when the server has SMTP ({@code spring.mail.host}); without
 * it the console notices are all there is. One message per address, so that nobody learns who else was told; links
 * point into the console at the platform's base URL.
 */
@Component
public class StaffMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final String consoleUrl;
    private final String from;

    StaffMail(ObjectProvider<JavaMailSender> sender, ZhengwuProperties properties,
              @Value("${zhengwu.mail.from:zhengwu@localhost}") String from) {
        this.sender = sender;
        this.consoleUrl = properties.baseUrl().replaceAll("/+$", "");
        this.from = from;
    }

    /** Whether mail can be sent at all. */
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    /** The full address of a console path such as {@code /admin/cases/12}. */
    public String link(String path) {
        return consoleUrl + path;
    }

    /** Sends the message to each address on its own; returns how many were sent. */
    public int send(List<String> to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        for (String address : to) {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(address);
            m.setSubject(subject);
            m.setText(text);
            mail.send(m);
        }
        return to.size();
    }
}
