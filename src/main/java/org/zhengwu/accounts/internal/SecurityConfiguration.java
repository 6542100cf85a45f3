package org.zhengwu.accounts.internal;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.web.SecurityHeaders;

/**
 * Three filter chains. The console ({@code /admin/**}): form sign-in at {@code /admin/login} (with a second-factor step
 * and a per-address throttle), CSRF tokens on every change, a strict content security policy, and the URL rules of
 * the three administrators (三员分立): {@code /admin/staff} for the system administrator (publishing checks its
 * own), {@code /admin/security} for the security administrator, {@code /admin/audit} for the audit administrator,
 * the login history for the last two; sites and content are no business of the security and audit administrators.
 * The services check the same again. Every refusal is audited. The public site (everything else): open, without
 * {@code Cache-Control: no-cache}, so published pages and uploads can be cached. Between them the Open311 API,
 * stateless and keyed instead of CSRF-protected. The interaction hall's public forms are
 * exempt from CSRF: they check a signed form token of their own. The browser security headers (content security policy, framing,
 * nosniff, referrer policy, HSTS) come from {@link SecurityHeaders}, the first filter of all, for every response
 * alike; the chains do not write them again.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The interaction hall's and the service hall's public pages, whose forms are checked by their own signed token
     * (and a look-up's session proof) instead of CSRF.
     */
    static final String[] HALL_FORMS = {"/hdjl/**", "/zh-hant/hdjl/**", "/bsfw/**", "/zh-hant/bsfw/**"};

    private static final String[] EVERY_ROLE = Arrays.stream(StaffRole.values()).map(Enum::name).toArray(String[]::new);
    /** Who works on sites and content: everyone but the case roles and the security and audit administrators. */
    private static final String[] CONTENT_ROLES = Arrays.stream(StaffRole.values())
            .filter(StaffRole::worksOnContent).map(Enum::name).toArray(String[]::new);

    @Bean
    @Order(1)
    @ConditionalOnWebApplication // command-line jobs (import, rebuild) have no web layer
    SecurityFilterChain console(HttpSecurity http, AccountStore store, PolicyStore policies, Clock clock,
                                SignInCompletion completion, LoginThrottle throttle, AuditTrail audit) throws Exception {
        http.securityMatcher("/admin", "/admin/**")
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/admin/login", "/admin/assets/**").permitAll()
                        .requestMatchers(SignInCompletion.CODE_PAGE).authenticated()
                        .requestMatchers("/admin/staff", "/admin/staff/**").hasRole(StaffRole.ADMINISTRATOR.name())
                        .requestMatchers("/admin/security", "/admin/security/**").hasRole(StaffRole.SECURITY_ADMINISTRATOR.name())
                        .requestMatchers("/admin/audit", "/admin/audit/**").hasRole(StaffRole.AUDIT_ADMINISTRATOR.name())
                        .requestMatchers("/admin/sign-ins", "/admin/sign-ins/**")
                                .hasAnyRole(StaffRole.SECURITY_ADMINISTRATOR.name(), StaffRole.AUDIT_ADMINISTRATOR.name())
                        .requestMatchers("/admin/sites", "/admin/sites/**", "/admin/columns/**", "/admin/content",
                                "/admin/content/**", "/admin/review", "/admin/review/**").hasAnyRole(CONTENT_ROLES)
                        .requestMatchers("/admin/surveys", "/admin/surveys/**", "/admin/open311/**")
                                .hasAnyRole(StaffRole.ADMINISTRATOR.name(), StaffRole.DISPATCHER.name())
                        // the interaction hall: mailboxes are the administrator's, letters the letter roles'
                        .requestMatchers("/admin/mailboxes", "/admin/mailboxes/**").hasRole(StaffRole.ADMINISTRATOR.name())
                        .requestMatchers("/admin/letters", "/admin/letters/**").hasAnyRole(StaffRole.DISPATCHER.name(),
                                StaffRole.SUPERVISOR.name(), StaffRole.CASE_HANDLER.name(), StaffRole.UNIT_REVIEWER.name())
                        // petitions: the petition office, the supervisors and the units' case roles; the dispatcher
                        // only takes a hall letter over (网上信访)
                        .requestMatchers("/admin/petitions/from-letter/**").hasAnyRole(
                                StaffRole.PETITION_OFFICER.name(), StaffRole.DISPATCHER.name())
                        .requestMatchers("/admin/petitions", "/admin/petitions/**").hasAnyRole(
                                StaffRole.PETITION_OFFICER.name(), StaffRole.SUPERVISOR.name(),
                                StaffRole.CASE_HANDLER.name(), StaffRole.UNIT_REVIEWER.name())
                        .anyRequest().hasAnyRole(EVERY_ROLE))
                .formLogin(f -> f.loginPage("/admin/login").loginProcessingUrl("/admin/login")
                        .usernameParameter("username").passwordParameter("password")
                        .successHandler(completion)
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/admin/login?error")))
                .logout(l -> l.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout")
                        .addLogoutHandler(new SignOutRecorder(audit)))
                .exceptionHandling(e -> e.accessDeniedHandler(new RecordingAccessDeniedHandler(audit, "/admin/forbidden")))
                .headers(SecurityConfiguration::fromThePlatform)
                .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountStateFilter(store, policies, clock), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * The Open311 API ({@code /open311/**}): apps call it without a browser, so there is no session and no CSRF token
     * to send; posting needs an API key instead, which the API itself checks (a cookie never authorises anything
     * here, so there is nothing for a forged cross-site request to ride on).
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain open311(HttpSecurity http) throws Exception {
        http.securityMatcher("/open311/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(SecurityConfiguration::fromThePlatform)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                // the hall's public forms (letters, surveys, look-up, rating) must not depend on a server session:
                // a letter posted after the session expired would be refused with its text lost. They carry the
                // signed, time-limited form token instead (FormGuard), and the session cookie is SameSite=Lax, so no
                // other site can post with it; a refused form comes back with everything typed
                .csrf(c -> c.ignoringRequestMatchers(HALL_FORMS))
                .headers(h -> fromThePlatform(h.cacheControl(c -> c.disable())))
                .requestCache(r -> r.disable());
        return http.build();
    }

    /** Leaves the headers {@link SecurityHeaders} writes for every response to it. */
    private static void fromThePlatform(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(f -> f.disable()).contentTypeOptions(c -> c.disable())
                .httpStrictTransportSecurity(h -> h.disable());
    }
}
