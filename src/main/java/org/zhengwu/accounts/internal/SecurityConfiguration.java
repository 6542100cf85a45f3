package org.zhengwu.accounts.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The console ({@code /admin/**}): form sign-in at {@code /admin/login}, everything else needs a
 * signed-in staff member, staff management needs an administrator, CSRF tokens on every change, a strict content
 * security policy. The public site (everything else): open, with the standard security headers but no
 * {@code Cache-Control: no-cache}, so published pages and uploads can be cached.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Console pages load scripts and styles only from the application; images may come from imported articles. */
    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: http: https:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    /** Argon2id with the OWASP recommendation of 19 MiB memory, 2 iterations, 1 lane. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication // command-line jobs (import, rebuild) have no web layer
    SecurityFilterChain console(HttpSecurity http, AccountStore store) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage("/admin/forbidden");
        http.securityMatcher("/admin", "/admin/**")
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/admin/login", "/admin/assets/**").permitAll()
                        .requestMatchers("/admin/staff", "/admin/staff/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/admin/login").loginProcessingUrl("/admin/login")
                        .usernameParameter("username").passwordParameter("password")
                        .defaultSuccessUrl("/admin", false)
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/admin/login?error")))
                .logout(l -> l.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler(denied))
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(CONSOLE_CSP)))
                .addFilterBefore(new AccountStateFilter(store), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.cacheControl(c -> c.disable())
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .requestCache(r -> r.disable());
        return http.build();
    }
}
