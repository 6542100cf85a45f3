package org.zhengwu.services.internal.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.zhengwu.platform.web.OversizeFormFilter;

/** The service hall's servlet filters. */
@Configuration(proxyBeanMethods = false)
class ApplyFilters {

    /** Before the security filters, which would read the parameters of an oversize application first and fail. */
    @Bean
    FilterRegistrationBean<OversizeFormFilter> oversizeApplicationFilter(ServicePages pages) {
        FilterRegistrationBean<OversizeFormFilter> bean = new FilterRegistrationBean<>(new OversizeFormFilter(request -> {
            ServiceText t = pages.text(request);
            String title = t.t("service.apply.request.too-large.title");
            return pages.own(HttpStatus.PAYLOAD_TOO_LARGE, t, "problem", title, HallPaths.HALL,
                    new ServiceViews.Problem(title, t.t("service.apply.request.too-large")));
        }));
        bean.setName("zhengwuOversizeApplications");
        bean.addUrlPatterns("/bsfw/apply/*", "/zh-hant/bsfw/apply/*", "/bsfw/query/*", "/zh-hant/bsfw/query/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }
}
