package org.zhengwu.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.security.StaffRole;

/**
 * On the first start (no account at all) creates the administrator {@code admin}. Its password is
 * {@code zhengwu.admin.initial-password} (environment: {@code ZHENGWU_ADMIN_INITIAL_PASSWORD}) when set; otherwise a
 * random one, logged once and written to {@link InitialPasswordFile}. Either way it must be changed at the first
 * sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final InitialPasswordFile file;
    private final Clock clock;
    private final String configuredPassword;

    InitialAdministrator(AccountStore store, PasswordEncoder encoder, InitialPasswordFile file, Clock clock,
                         @Value("${zhengwu.admin.initial-password:}") String configuredPassword) {
        this.store = store;
        this.encoder = encoder;
        this.file = file;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoAccount();
    }

    /** Returns whether it created the administrator. */
    boolean createIfNoAccount() {
        if (store.count() > 0) {
            return false;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? TemporaryPasswords.generate(16) : configuredPassword;
        try {
            store.insert(InitialPasswordFile.USERNAME, encoder.encode(password), "站群管理员", null, StaffRole.ADMINISTRATOR,
                    true, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            return false; // another node of the cluster was first
        }
        if (!generated) {
            log.info("已创建初始管理员 {}，密码为 zhengwu.admin.initial-password 的值；首次登录须修改密码。",
                    InitialPasswordFile.USERNAME);
            return true;
        }
        String where;
        try {
            where = "，也已写入 " + file.write(password) + "（仅本机运行账号可读，修改密码后自动删除）";
        } catch (RuntimeException e) {
            where = "（未能写入密码文件：" + e.getMessage() + "）";
        }
        log.warn("""

                ================================================================
                  已创建初始管理员  用户名: {}  初始密码: {}
                  请登录 /admin/login 并立即修改密码{}
                ================================================================""",
                InitialPasswordFile.USERNAME, password, where);
        return true;
    }
}
