package org.zhengwu.interaction.internal.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Which methods the API's resources take at an address, read from the controller's own mappings (so it cannot drift
 * from them): PUT on {@code requests.json} is then a 405 naming GET and POST, not a 404.
 */
@Component
class Open311Resources {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    Open311Resources(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** The methods of the resources at the request's address; empty when there is no resource there. */
    Set<HttpMethod> allowed(HttpServletRequest request) {
        Set<String> names = new TreeSet<>();
        mappings.getObject().getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() == Open311Controller.class && !info.getMethodsCondition().isEmpty()
                    && matches(info, request)) {
                info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(names::add);
            }
        });
        if (names.contains("GET")) {
            names.add("HEAD");
        }
        return names.stream().map(HttpMethod::valueOf).collect(java.util.stream.Collectors.toCollection(
                java.util.LinkedHashSet::new));
    }

    private static boolean matches(RequestMappingInfo info, HttpServletRequest request) {
        return info.getPathPatternsCondition() != null
                && info.getPathPatternsCondition().getMatchingCondition(request) != null;
    }
}
