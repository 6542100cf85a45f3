package org.zhengwu.interaction.internal.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengwu.publishing.PortalHall;

/** The interaction hall's entry in every site's navigation and its block on the portal's home page. */
@Configuration(proxyBeanMethods = false)
class HallDoorway {

    @Bean
    PortalHall interactionHall(MessageSource messages) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        return new PortalHall(10, messages.getMessage("interaction.hall.title", null, zh), "/hdjl/",
                messages.getMessage("interaction.hall.portal.intro", null, zh), List.of(
                new PortalHall.Link(messages.getMessage("interaction.hall.write", null, zh), "/hdjl/"),
                new PortalHall.Link(messages.getMessage("interaction.hall.query", null, zh), "/hdjl/query"),
                new PortalHall.Link(messages.getMessage("interaction.publication.public.title", null, zh), "/hdjl/letters"),
                new PortalHall.Link(messages.getMessage("survey.public.title", null, zh), "/hdjl/survey"),
                new PortalHall.Link(messages.getMessage("interaction.statistics.title", null, zh), "/hdjl/statistics")));
    }
}
