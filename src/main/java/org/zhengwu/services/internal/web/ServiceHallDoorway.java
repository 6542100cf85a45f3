package org.zhengwu.services.internal.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengwu.publishing.PortalHall;

/** The service hall's entry in every site's navigation and its block on the portal's home page. */
@Configuration(proxyBeanMethods = false)
class ServiceHallDoorway {

    @Bean
    PortalHall serviceHall(MessageSource messages) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        return new PortalHall(20, messages.getMessage("service.hall.title", null, zh), ServicePages.HALL,
                messages.getMessage("service.hall.portal.intro", null, zh), List.of(
                new PortalHall.Link(messages.getMessage("service.hall.audience.PERSON", null, zh), "/bsfw/audience/person"),
                new PortalHall.Link(messages.getMessage("service.hall.audience.ENTERPRISE", null, zh),
                        "/bsfw/audience/enterprise"),
                new PortalHall.Link(messages.getMessage("service.hall.by-unit", null, zh), "/bsfw/#by-unit"),
                new PortalHall.Link(messages.getMessage("service.hall.by-theme", null, zh), "/bsfw/#by-theme")));
    }
}
