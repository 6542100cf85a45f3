package org.zhengwu.platform.crypto;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one {@link PasswordEncoder} of the application. New hashes carry their algorithm as a prefix
 * ({@code {argon2id}…} or {@code {sm3}…}), so hashes of both kinds verify whatever the setting, and
 * {@link PasswordEncoder#upgradeEncoding} tells the sign-in to re-hash a password of the other kind. Hashes stored
 * before the prefix existed are Argon2id.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ARGON2ID = "argon2id";
    static final String SM3 = "sm3";

    @Bean
    PasswordEncoder passwordEncoder(CryptoProperties crypto) {
        return encoder(crypto.passwordHash(), crypto.sm3Iterations());
    }

    /** Argon2id with the OWASP recommendation of 19 MiB memory, 2 iterations, 1 lane. */
    static PasswordEncoder argon2id() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    static PasswordEncoder encoder(CryptoProperties.PasswordHash kind, int sm3Iterations) {
        PasswordEncoder argon2 = argon2id();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(
                kind == CryptoProperties.PasswordHash.SM3 ? SM3 : ARGON2ID,
                Map.of(ARGON2ID, argon2, SM3, new Sm3PasswordEncoder(sm3Iterations)));
        encoder.setDefaultPasswordEncoderForMatches(argon2);
        return encoder;
    }
}
