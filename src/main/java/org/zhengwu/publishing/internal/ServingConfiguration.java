package org.zhengwu.publishing.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.zhengwu.publishing.GreyMode;
import org.zhengwu.publishing.PageViews;
import org.zhengwu.sites.SiteDirectory;

/**
 * Puts the published pages, the reading-mode stylesheet and the elderly-mode switch first in the servlet filter chain, right after the platform's
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

    @Bean
    Precompression precompression(PublishingProperties properties) {
        return Precompression.of(properties.precompress());
    }

    @Bean
    FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicFolder folder, SiteDirectory sites,
                                                              ObjectProvider<PageViews> views) {
        FilterRegistrationBean<PublicPageFilter> bean = new FilterRegistrationBean<>(
                new PublicPageFilter(folder, sites, views.orderedStream().toList()));
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
    FilterRegistrationBean<ModeStylesheet> modeStylesheet(GreyMode greyMode) {
        FilterRegistrationBean<ModeStylesheet> bean = new FilterRegistrationBean<>(new ModeStylesheet(greyMode));
        bean.setName("zhengwuGreyMode");
        bean.addUrlPatterns(ModeStylesheet.PATH);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }

    @Bean
    FilterRegistrationBean<ElderlySwitch> elderlySwitch() {
        FilterRegistrationBean<ElderlySwitch> bean = new FilterRegistrationBean<>(new ElderlySwitch());
        bean.setName("zhengwuElderlySwitch");
        bean.addUrlPatterns(ElderlySwitch.PATH);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }
}
