package org.zhengwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.storage.DataDirectory;

/** The first-start rules without a database: an in-memory store stands in for staff_account. */
class InitialAdministratorUnitTest {

    @TempDir
    Path dataDir;

    /** Remembers inserts (user name → hash); counts roles as the table would. */
    static final class MemoryStore extends AccountStore {
        final java.util.Map<String, String> hashes = new java.util.LinkedHashMap<>();
        final java.util.Map<StaffRole, Long> roles = new java.util.EnumMap<>(StaffRole.class);

        MemoryStore(StaffRole... existing) {
            super(null);
            for (StaffRole r : existing) {
                roles.merge(r, 1L, Long::sum);
            }
        }

        @Override
        public long countWithRole(StaffRole role) {
            return roles.getOrDefault(role, 0L);
        }

        @Override
        public boolean usernameTaken(String username) {
            return hashes.containsKey(username);
        }

        @Override
        public long insert(String username, String passwordHash, String displayName, Long unitId, StaffRole role,
                           boolean mustChangePassword, OffsetDateTime now) {
            assertThat(unitId).isNull();
            assertThat(mustChangePassword).isTrue();
            hashes.put(username, passwordHash);
            roles.merge(role, 1L, Long::sum);
            return hashes.size();
        }
    }

    private InitialAdministrator initial(MemoryStore store, InitialPasswordFile file, String admin, String security,
                                         String audit) {
        return new InitialAdministrator(store, PLAIN, file, Clock.systemUTC(), admin, security, audit);
    }

    /** Not a real hash: enough to see which password was used. */
    static final PasswordEncoder PLAIN = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "plain:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals("plain:" + raw);
        }
    };

    private InitialPasswordFile file() {
        return new InitialPasswordFile(new DataDirectory(new ZhengwuProperties(dataDir, "http://localhost", new ZhengwuProperties.Demo(false))));
    }

    @Test
    void configuredPasswordsAreUsedAndNeitherLoggedNorWrittenDown() {
        MemoryStore store = new MemoryStore();
        InitialPasswordFile file = file();
        int created = initial(store, file, "Configured2026", "Security2026x", "Audit2026xx").createMissing();
        assertThat(created).isEqualTo(3);
        assertThat(store.hashes).containsExactly(java.util.Map.entry("admin", "plain:Configured2026"),
                java.util.Map.entry("secadmin", "plain:Security2026x"), java.util.Map.entry("auditadmin", "plain:Audit2026xx"));
        assertThat(store.roles).containsKeys(StaffRole.ADMINISTRATOR, StaffRole.SECURITY_ADMINISTRATOR, StaffRole.AUDIT_ADMINISTRATOR);
        assertThat(file.path("admin")).doesNotExist();
        assertThat(file.path("secadmin")).doesNotExist();
        assertThat(file.path("auditadmin")).doesNotExist();
    }

    @Test
    void withoutConfiguredPasswordsEachAdministratorGetsARandomOneInItsOwnFile() throws Exception {
        MemoryStore store = new MemoryStore();
        InitialPasswordFile file = file();
        initial(store, file, "", "", "").createMissing();
        for (String username : List.of("admin", "secadmin", "auditadmin")) {
            assertThat(file.path(username)).exists();
            String written = java.nio.file.Files.readString(file.path(username));
            assertThat(written).contains("用户名: " + username)
                    .contains("初始密码: " + store.hashes.get(username).substring("plain:".length()));
        }
        assertThat(new java.util.HashSet<>(store.hashes.values())).hasSize(3);
    }

    @Test
    void anInstallationWithOnlyASystemAdministratorGetsTheOtherTwo() {
        MemoryStore store = new MemoryStore(StaffRole.ADMINISTRATOR, StaffRole.EDITOR);
        InitialPasswordFile file = file();
        assertThat(initial(store, file, "", "", "").createMissing()).isEqualTo(2);
        assertThat(store.hashes).containsOnlyKeys("secadmin", "auditadmin");
        assertThat(file.path("admin")).doesNotExist();
    }

    @Test
    void nothingHappensWhenEachRoleHasItsAccount() {
        MemoryStore store = new MemoryStore(StaffRole.ADMINISTRATOR, StaffRole.SECURITY_ADMINISTRATOR,
                StaffRole.AUDIT_ADMINISTRATOR);
        InitialPasswordFile file = file();
        assertThat(initial(store, file, "", "", "").createMissing()).isZero();
        assertThat(store.hashes).isEmpty();
        assertThat(file.path()).doesNotExist();
    }
}
