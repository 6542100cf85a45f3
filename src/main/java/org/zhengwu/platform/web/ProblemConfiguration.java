package org.zhengwu.platform.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Puts the check of unreadable requests first, after the filter that sets their character encoding, and Tomcat's own
 * refusals through the same error pages.
 */
@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    @Bean
    FilterRegistrationBean<BadInputFilter> badInputFilter() {
        FilterRegistrationBean<BadInputFilter> bean = new FilterRegistrationBean<>(new BadInputFilter());
        bean.setName("zhengwuBadInput");
        bean.addUrlPatterns("/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return bean;
    }

    /** After Spring Boot's customizer, which adds an ErrorReportValve of its own: that one is replaced. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerProblems(ObjectProvider<ErrorPages> pages) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    Pipeline host = context.getParent().getPipeline();
                    for (Valve valve : host.getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.removeValve(valve);
                        }
                    }
                    host.addValve(new ContainerProblemValve(pages));
                    // else the host adds a plain one of its own when it starts (it looks for this class name)
                    ((StandardHost) context.getParent()).setErrorReportValveClass(ContainerProblemValve.class.getName());
                });
            }
        };
    }
}
