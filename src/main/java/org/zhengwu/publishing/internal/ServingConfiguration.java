package org.zhengwu.publishing.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.zhengwu.publishing.GreyMode;
import org.zhengwu.sites.SiteDirectory;

/** Puts the published pages and the grey-mode stylesheet first in the servlet filter chain. */
@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

    @Bean
    FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicFolder folder, SiteDirectory sites) {
        FilterRegistrationBean<PublicPageFilter> bean = new FilterRegistrationBean<>(new PublicPageFilter(folder, sites));
        bean.setName("zhengwuPublicPages");
        bean.addUrlPatterns("/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    FilterRegistrationBean<GreyModeStylesheet> greyModeStylesheet(GreyMode greyMode) {
        FilterRegistrationBean<GreyModeStylesheet> bean = new FilterRegistrationBean<>(new GreyModeStylesheet(greyMode));
        bean.setName("zhengwuGreyMode");
        bean.addUrlPatterns(GreyModeStylesheet.PATH);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }
}
