package org.zhengwu.operations.internal.apikeys;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Two filter chains before the public site's. The content API ({@code /api/v1/content/**}): no session, no cookie, no
 * CSRF token (a cookie authorises nothing here, so a forged cross-site request has nothing to ride on); every request
 * brings its key ({@link KeyAuthentication}). The actuator's endpoints on the management port (bound to loopback):
 * no session and no CSRF token, so {@code curl -X POST …/actuator/backup} works from the machine itself. The browser
 * security headers come from the platform's own filter, as for every response.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain contentApi(HttpSecurity http, ContentKeys keys, MessageSource messages) throws Exception {
        http.securityMatcher("/api/v1/content", "/api/v1/content/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .addFilterBefore(new KeyAuthentication(keys, messages), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable());
        return http.build();
    }
}
