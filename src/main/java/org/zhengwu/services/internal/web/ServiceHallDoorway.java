package org.zhengwu.services.internal.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengwu.publishing.PortalHall;
import org.zhengwu.services.Audience;

/**
 * The service hall's entry in every site's navigation and its block on the portal's home page. On a unit's site the
 * entry leads to the unit's own guides ({@code /{site}/bsfw/}), which lead on to the whole hall.
 */
@Configuration(proxyBeanMethods = false)
class ServiceHallDoorway {

    @Bean
    PortalHall serviceHall(MessageSource messages) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        return new PortalHall(20, messages.getMessage("service.hall.title", null, zh), HallPaths.HALL,
                messages.getMessage("service.hall.portal.intro", null, zh), List.of(
                new PortalHall.Link(messages.getMessage("service.hall.audience.PERSON", null, zh), HallPaths.audience(Audience.PERSON)),
                new PortalHall.Link(messages.getMessage("service.hall.audience.ENTERPRISE", null, zh),
                        HallPaths.audience(Audience.ENTERPRISE)),
                new PortalHall.Link(messages.getMessage("service.hall.by-unit", null, zh), "/bsfw/#by-unit"),
                new PortalHall.Link(messages.getMessage("service.hall.by-theme", null, zh), "/bsfw/#by-theme")), HallPaths.IN_SITE);
    }
}
