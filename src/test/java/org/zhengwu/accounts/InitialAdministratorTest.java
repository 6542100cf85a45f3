package org.zhengwu.accounts;

import org.zhengwu.platform.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.InitialPasswordFile;

/**
 * The first start of an empty installation: the test context starts on an empty database without
 * {@code zhengwu.admin.initial-password}, so it created {@code admin} with a random password and wrote the file.
 */
@ZhengwuTest
class InitialAdministratorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    InitialPasswordFile file;
    @Autowired
    StaffAdministration staff;

    @Test
    void theGeneratedPasswordIsInAnOwnerOnlyFileThatGoesOnceItIsChanged() throws Exception {
        Path path = file.path();
        assertThat(path).exists();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(path))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        Matcher m = Pattern.compile("初始密码: (\\S+)").matcher(Files.readString(path, StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        String password = m.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(16).matches(".*[A-Za-z].*").matches(".*[0-9].*");
        StaffAccount admin = staff.accounts().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();
        assertThat(admin.role()).isEqualTo(StaffRole.ADMINISTRATOR);
        assertThat(admin.mustChangePassword()).isTrue();

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/admin/login").user("admin").password(password))
                .andExpect(redirectedUrl("/admin")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/admin/staff").session(session)).andExpect(redirectedUrl("/admin/account/password"));
        mvc.perform(post("/admin/account/password").session(session).with(csrf())
                .param("current", password).param("next", "admin").param("repeat", "admin"))
                .andExpect(content().string(containsString("新密码至少需要10个字符")));
        assertThat(path).exists();

        mvc.perform(post("/admin/account/password").session(session).with(csrf())
                        .param("current", password).param("next", "NewAdmin2026").param("repeat", "NewAdmin2026"))
                .andExpect(redirectedUrl("/admin"));
        assertThat(path).doesNotExist();
        mvc.perform(get("/admin/staff").session(session)).andExpect(content().string(containsString("人员管理")));
    }

    @Test
    void theSecurityAndAuditAdministratorsAreCreatedTooEachWithItsOwnPassword() throws Exception {
        for (var initial : java.util.Map.of("secadmin", StaffRole.SECURITY_ADMINISTRATOR,
                "auditadmin", StaffRole.AUDIT_ADMINISTRATOR).entrySet()) {
            Path path = file.path(initial.getKey());
            assertThat(path).exists();
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(Files.getPosixFilePermissions(path))
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
            StaffAccount account = staff.accounts().stream().filter(a -> a.username().equals(initial.getKey()))
                    .findFirst().orElseThrow();
            assertThat(account.role()).isEqualTo(initial.getValue());
            assertThat(account.mustChangePassword()).isTrue();
            Matcher m = Pattern.compile("初始密码: (\\S+)").matcher(Files.readString(path, StandardCharsets.UTF_8));
            assertThat(m.find()).isTrue();
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/admin/login").user(initial.getKey())
                    .password(m.group(1))).andExpect(redirectedUrl("/admin")).andReturn().getRequest().getSession(false);
            mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/password"));
        }
        assertThat(Files.readString(file.path("secadmin"))).isNotEqualTo(Files.readString(file.path("auditadmin")));
    }
}
