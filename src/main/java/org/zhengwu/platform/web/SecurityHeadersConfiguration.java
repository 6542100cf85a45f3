package org.zhengwu.platform.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link SecurityHeaders} first in the servlet filter chain, ahead of the published pages. */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> bean = new FilterRegistrationBean<>(new SecurityHeaders());
        bean.setName("zhengwuSecurityHeaders");
        bean.addUrlPatterns("/*");
        // a request, and the error page a failed one is forwarded to
        bean.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }
}
