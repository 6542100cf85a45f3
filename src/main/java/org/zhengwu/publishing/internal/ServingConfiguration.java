package org.zhengwu.publishing.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.zhengwu.publishing.GreyMode;
import org.zhengwu.sites.SiteDirectory;

/**
 * Puts the published pages and the grey-mode stylesheet first in the servlet filter chain, right after the platform's
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

    @Bean
    FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicFolder folder, SiteDirectory sites) {
        FilterRegistrationBean<PublicPageFilter> bean = new FilterRegistrationBean<>(new PublicPageFilter(folder, sites));
        bean.setName("zhengwuPublicPages");
        bean.addUrlPatterns("/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    /** A whole page in one socket write: Tomcat's 8 KB application buffer would split a 20 KB home page in three. */
    @Bean
    org.springframework.boot.tomcat.TomcatConnectorCustomizer publicPageWrites() {
        return connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(64 * 1024));
    }

    @Bean
    FilterRegistrationBean<GreyModeStylesheet> greyModeStylesheet(GreyMode greyMode) {
        FilterRegistrationBean<GreyModeStylesheet> bean = new FilterRegistrationBean<>(new GreyModeStylesheet(greyMode));
        bean.setName("zhengwuGreyMode");
        bean.addUrlPatterns(GreyModeStylesheet.PATH);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }
}
