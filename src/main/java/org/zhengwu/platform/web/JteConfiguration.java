package org.zhengwu.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * jte templates, compiled to Java classes at build time from {@code src/main/jte}: fast, HTML-escaping by default,
 * and no template can be edited by an end user. A view name {@code admin/sites/list} renders
 * {@code admin/sites/list.jte}.
 */
@Configuration(proxyBeanMethods = false)
class JteConfiguration {

    @Bean
    TemplateEngine templateEngine() {
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Bean
    ViewResolver jteViewResolver(TemplateEngine engine) {
        return new JteViewResolver(engine);
    }

    static final class JteViewResolver implements ViewResolver, Ordered {

        private final TemplateEngine engine;

        JteViewResolver(TemplateEngine engine) {
            this.engine = engine;
        }

        @Override
        public View resolveViewName(String viewName, Locale locale) {
            if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
                return null;
            }
            String template = viewName + ".jte";
            return engine.hasTemplate(template) ? new JteView(engine, template) : null;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 10;
        }
    }

    record JteView(TemplateEngine engine, String template) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            engine.render(template, new HashMap<>(model == null ? Map.of() : model), output);
            response.setContentType(getContentType());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
