package org.zhengwu.services.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.services.Audience;
import org.zhengwu.services.ItemState;
import org.zhengwu.services.LifeEvent;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItemPage;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The hall's public pages (办事服务, {@code /bsfw/}, also under {@code /zh-hant}): the front page with the doors by
 * unit, by audience and by life event, a list behind each door, and one guide per online item
 * ({@code /bsfw/item/CODE.html}). Rendered on request in the portal's frame; an offline or unknown item is a 404.
 */
@Controller
class ServiceHallController {

    static final int PAGE_SIZE = 50;

    private final ServicePages pages;
    private final ServiceItems items;
    private final SiteDirectory sites;

    ServiceHallController(ServicePages pages, ServiceItems items, SiteDirectory sites) {
        this.pages = pages;
        this.items = items;
        this.sites = sites;
    }

    @GetMapping({"/bsfw", "/bsfw/", "/zh-hant/bsfw", "/zh-hant/bsfw/"})
    ResponseEntity<String> index(HttpServletRequest request) {
        ServiceText t = pages.text(request);
        Map<Long, Long> counts = items.onlineCountByUnit();
        List<ServiceViews.UnitCount> units = sites.units().stream().filter(u -> counts.containsKey(u.id()))
                .sorted(Comparator.comparing(Unit::code))
                .map(u -> new ServiceViews.UnitCount(u, counts.get(u.id()))).toList();
        return pages.render(HttpStatus.OK, t, "index", t.t("service.hall.title"), ServicePages.HALL,
                new ServiceViews.Index(units, Arrays.asList(LifeEvent.values())));
    }

    @GetMapping({"/bsfw/unit/{code}", "/zh-hant/bsfw/unit/{code}"})
    ResponseEntity<String> byUnit(@PathVariable String code, @RequestParam(required = false) String page,
                                  HttpServletRequest request) {
        ServiceText t = pages.text(request);
        Optional<Unit> unit = sites.units().stream().filter(u -> u.code().equals(code)).findFirst();
        if (unit.isEmpty()) {
            return notFound(t);
        }
        return listing(t, t.s(unit.get().name()), "/bsfw/unit/" + code, page,
                new ServiceItemFilter(unit.get().id(), null, null, ItemState.ONLINE, null, 1, PAGE_SIZE));
    }

    @GetMapping({"/bsfw/audience/{audience}", "/zh-hant/bsfw/audience/{audience}"})
    ResponseEntity<String> byAudience(@PathVariable String audience, @RequestParam(required = false) String page,
                                      HttpServletRequest request) {
        ServiceText t = pages.text(request);
        Optional<Audience> who = byAddress(Audience.values(), audience);
        if (who.isEmpty()) {
            return notFound(t);
        }
        return listing(t, t.t("service.hall.audience." + who.get().name()), "/bsfw/audience/" + audience, page,
                new ServiceItemFilter(null, who.get(), null, ItemState.ONLINE, null, 1, PAGE_SIZE));
    }

    @GetMapping({"/bsfw/theme/{theme}", "/zh-hant/bsfw/theme/{theme}"})
    ResponseEntity<String> byTheme(@PathVariable String theme, @RequestParam(required = false) String page,
                                   HttpServletRequest request) {
        ServiceText t = pages.text(request);
        Optional<LifeEvent> event = byAddress(LifeEvent.values(), theme);
        if (event.isEmpty()) {
            return notFound(t);
        }
        return listing(t, t.t("service.theme." + event.get().name()), "/bsfw/theme/" + theme, page,
                new ServiceItemFilter(null, null, event.get(), ItemState.ONLINE, null, 1, PAGE_SIZE));
    }

    @GetMapping({"/bsfw/item/{file}", "/zh-hant/bsfw/item/{file}"})
    ResponseEntity<String> item(@PathVariable String file, HttpServletRequest request) {
        ServiceText t = pages.text(request);
        if (!file.endsWith(".html")) {
            return notFound(t);
        }
        String code = file.substring(0, file.length() - ".html".length());
        Optional<ServiceItem> item = items.byCode(code).filter(ServiceItem::online);
        if (item.isEmpty()) {
            return notFound(t);
        }
        return pages.render(HttpStatus.OK, t, "item", t.s(item.get().name()), ServicePages.itemPath(code),
                new ServiceViews.Guide(item.get(), unitName(item.get().unitId())));
    }

    private ResponseEntity<String> listing(ServiceText t, String heading, String path, String page,
                                           ServiceItemFilter first) {
        int p = Math.max(1, ServiceApi.positive(page, 1));
        ServiceItemPage found = items.find(new ServiceItemFilter(first.unitId(), first.audience(), first.theme(),
                first.state(), null, p, PAGE_SIZE));
        List<String> unitNames = found.items().stream().map(i -> unitName(i.unitId())).toList();
        String previous = p > 1 ? t.href(path) + "?page=" + (p - 1) : null;
        String next = p < found.pages() ? t.href(path) + "?page=" + (p + 1) : null;
        return pages.render(HttpStatus.OK, t, "list", heading, path,
                new ServiceViews.Listing(heading, found.items(), unitNames, p, found.pages(), previous, next));
    }

    private String unitName(long unitId) {
        return sites.unit(unitId).map(Unit::name).orElse("");
    }

    private ResponseEntity<String> notFound(ServiceText t) {
        String title = t.t("service.hall.gone.title");
        return pages.render(HttpStatus.NOT_FOUND, t, "problem", title, ServicePages.HALL,
                new ServiceViews.Problem(title, t.t("service.hall.gone")));
    }

    /** The value whose name, in lower case, is the address's part ({@code /bsfw/audience/person}). */
    private static <E extends Enum<E>> Optional<E> byAddress(E[] values, String part) {
        return Arrays.stream(values).filter(v -> v.name().toLowerCase(Locale.ROOT).equals(part)).findFirst();
    }
}
