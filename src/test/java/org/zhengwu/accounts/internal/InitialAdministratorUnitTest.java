package org.zhengwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    /** Remembers inserts; counts them as the table would. */
    static final class MemoryStore extends AccountStore {
        final List<String> hashes = new ArrayList<>();
        long existing;

        MemoryStore(long existing) {
            super(null);
            this.existing = existing;
        }

        @Override
        public long count() {
            return existing + hashes.size();
        }

        @Override
        public long insert(String username, String passwordHash, String displayName, Long unitId, StaffRole role,
                           boolean mustChangePassword, OffsetDateTime now) {
            assertThat(username).isEqualTo("admin");
            assertThat(role).isEqualTo(StaffRole.ADMINISTRATOR);
            assertThat(mustChangePassword).isTrue();
            hashes.add(passwordHash);
            return hashes.size();
        }
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
    void aConfiguredPasswordIsUsedAndNeitherLoggedNorWrittenDown() {
        MemoryStore store = new MemoryStore(0);
        InitialPasswordFile file = file();
        boolean created = new InitialAdministrator(store, PLAIN, file, Clock.systemUTC(), "Configured2026").createIfNoAccount();
        assertThat(created).isTrue();
        assertThat(store.hashes).containsExactly("plain:Configured2026");
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void withoutAConfiguredPasswordARandomOneIsWrittenToTheFile() throws Exception {
        MemoryStore store = new MemoryStore(0);
        InitialPasswordFile file = file();
        new InitialAdministrator(store, PLAIN, file, Clock.systemUTC(), "").createIfNoAccount();
        assertThat(file.path()).exists();
        String written = java.nio.file.Files.readString(file.path());
        assertThat(store.hashes).hasSize(1);
        assertThat(written).contains("初始密码: " + store.hashes.get(0).substring("plain:".length()));
    }

    @Test
    void nothingHappensWhenAnyAccountExists() {
        MemoryStore store = new MemoryStore(1);
        InitialPasswordFile file = file();
        assertThat(new InitialAdministrator(store, PLAIN, file, Clock.systemUTC(), "").createIfNoAccount()).isFalse();
        assertThat(store.hashes).isEmpty();
        assertThat(file.path()).doesNotExist();
    }
}
