package org.zhengwu.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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
 * The three administrators (三员) of a new installation: on a start where no account holds one of their roles, creates
 * it — {@code admin} (系统管理员), {@code secadmin} (安全管理员), {@code auditadmin} (审计管理员). Each password is the
 * configured one ({@code zhengwu.admin.initial-password}, {@code zhengwu.security-admin.initial-password},
 * {@code zhengwu.audit-admin.initial-password}; environment {@code ZHENGWU_ADMIN_INITIAL_PASSWORD},
 * {@code ZHENGWU_SECURITY_ADMIN_INITIAL_PASSWORD}, {@code ZHENGWU_AUDIT_ADMIN_INITIAL_PASSWORD}) when set; otherwise a
 * random one, logged once and written to its {@link InitialPasswordFile}. Either way it must be changed at the first
 * sign-in. An installation from before the separation gets its missing security and audit administrators the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    record Initial(StaffRole role, String username, String roleName, String setting, String configuredPassword) {
    }

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final InitialPasswordFile file;
    private final Clock clock;
    private final List<Initial> initials;

    InitialAdministrator(AccountStore store, PasswordEncoder encoder, InitialPasswordFile file, Clock clock,
                         @Value("${zhengwu.admin.initial-password:}") String adminPassword,
                         @Value("${zhengwu.security-admin.initial-password:}") String securityPassword,
                         @Value("${zhengwu.audit-admin.initial-password:}") String auditPassword) {
        this.store = store;
        this.encoder = encoder;
        this.file = file;
        this.clock = clock;
        this.initials = List.of(
                new Initial(StaffRole.ADMINISTRATOR, InitialPasswordFile.USERNAME, "系统管理员",
                        "zhengwu.admin.initial-password", adminPassword),
                new Initial(StaffRole.SECURITY_ADMINISTRATOR, InitialPasswordFile.SECURITY_USERNAME, "安全管理员",
                        "zhengwu.security-admin.initial-password", securityPassword),
                new Initial(StaffRole.AUDIT_ADMINISTRATOR, InitialPasswordFile.AUDIT_USERNAME, "审计管理员",
                        "zhengwu.audit-admin.initial-password", auditPassword));
    }

    @Override
    public void run(ApplicationArguments args) {
        createMissing();
    }

    /** Creates each of the three whose role no account holds; returns how many it created. */
    int createMissing() {
        int created = 0;
        for (Initial initial : initials) {
            if (store.countWithRole(initial.role()) == 0 && !store.usernameTaken(initial.username()) && create(initial)) {
                created++;
            }
        }
        return created;
    }

    private boolean create(Initial initial) {
        String configured = initial.configuredPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? TemporaryPasswords.generate(16) : configured;
        try {
            store.insert(initial.username(), encoder.encode(password), initial.roleName(), null, initial.role(), true,
                    OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            return false; // another node of the cluster was first
        }
        if (!generated) {
            log.info("已创建初始{} {}，密码为 {} 的值；首次登录须修改密码。", initial.roleName(), initial.username(), initial.setting());
            return true;
        }
        String where;
        try {
            where = "，也已写入 " + file.write(initial.username(), initial.roleName(), password) + "（仅本机运行账号可读，修改密码后自动删除）";
        } catch (RuntimeException e) {
            where = "（未能写入密码文件：" + e.getMessage() + "）";
        }
        log.warn("""

                ================================================================
                  已创建初始{}  用户名: {}  初始密码: {}
                  请登录 /admin/login 并立即修改密码{}
                ================================================================""",
                initial.roleName(), initial.username(), password, where);
        return true;
    }
}
