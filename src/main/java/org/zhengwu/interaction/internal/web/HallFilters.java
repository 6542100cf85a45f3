package org.zhengwu.interaction.internal.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.zhengwu.interaction.internal.LetterFiles;
import org.zhengwu.platform.web.OversizeFormFilter;

/** The hall's servlet filters. */
@Configuration(proxyBeanMethods = false)
class HallFilters {

    /** Before the security filters, which would read the parameters of an oversize letter first and fail. */
    @Bean
    FilterRegistrationBean<OversizeFormFilter> oversizeLetterFilter(HallPages pages) {
        FilterRegistrationBean<OversizeFormFilter> bean = new FilterRegistrationBean<>(new OversizeFormFilter(request -> {
            HallText t = pages.text(request);
            return pages.problem(HttpStatus.PAYLOAD_TOO_LARGE, t, t.t("interaction.letter.request.too-large.title"),
                    t.t("interaction.letter.request.too-large", LetterFiles.MAX_FILES, LetterFiles.MAX_BYTES / (1024 * 1024)),
                    "/hdjl/");
        }));
        bean.setName("zhengwuOversizeLetters");
        bean.addUrlPatterns("/hdjl/write/*", "/zh-hant/hdjl/write/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }
}
