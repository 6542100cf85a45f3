package org.zhengwu;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) for the test run, on a free port, one per JVM: the application sends its reminder
 * mails there ({@code spring.mail.host} is set in {@link ZhengwuTest}), and tests read what arrived.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    private static final class Server {
        static final GreenMail INSTANCE = start();

        private static GreenMail start() {
            GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            return server;
        }
    }

    @Bean
    GreenMail testMailServer() {
        return Server.INSTANCE;
    }

    @Bean
    DynamicPropertyRegistrar testMailPort(GreenMail server) {
        return registry -> registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }
}
