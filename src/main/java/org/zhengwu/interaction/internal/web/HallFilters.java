package org.zhengwu.interaction.internal.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The hall's servlet filters. */
@Configuration(proxyBeanMethods = false)
class HallFilters {

    /** Before the security filters, which would read the parameters of an oversize letter first and fail. */
    @Bean
    FilterRegistrationBean<OversizeLetterFilter> oversizeLetterFilter(HallPages pages) {
        FilterRegistrationBean<OversizeLetterFilter> bean = new FilterRegistrationBean<>(new OversizeLetterFilter(pages));
        bean.setName("zhengwuOversizeLetters");
        bean.addUrlPatterns("/hdjl/write/*", "/zh-hant/hdjl/write/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }
}
