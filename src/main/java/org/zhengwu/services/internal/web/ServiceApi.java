package org.zhengwu.services.internal.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.services.Audience;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItemPage;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The catalogue for other systems: {@code GET /api/v1/service-items} (online items only, paged; filters {@code unit}
 * (code or id), {@code audience} ({@code person} or {@code enterprise}), {@code q} in name and code) and
 * {@code GET /api/v1/service-items/{code}}. A bad parameter is a 400 and an unknown or offline code a 404, both as
 * JSON with a Chinese message.
 */
@RestController
class ServiceApi {

    static final int DEFAULT_SIZE = 20;

    private final ServiceItems items;
    private final SiteDirectory sites;
    private final MessageSource messages;

    ServiceApi(ServiceItems items, SiteDirectory sites, MessageSource messages) {
        this.items = items;
        this.sites = sites;
        this.messages = messages;
    }

    record Page(int page, int size, long total, int pages, java.util.List<GuideJson> items) {
    }

    record Problem(String error, String parameter, String message) {
    }

    @GetMapping(path = "/api/v1/service-items", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String audience,
                           @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                           @RequestParam(required = false) String size) {
        Long unitId = null;
        if (unit != null && !unit.isBlank()) {
            Optional<Unit> u = unit(unit.strip());
            if (u.isEmpty()) {
                return bad("unit", "service.api.unit", unit.strip());
            }
            unitId = u.get().id();
        }
        Audience who = null;
        if (audience != null && !audience.isBlank()) {
            try {
                who = Audience.valueOf(audience.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return bad("audience", "service.api.audience", audience.strip());
            }
        }
        int p = positive(page, 1);
        if (p < 1) {
            return bad("page", "service.api.page", page);
        }
        int s = positive(size, DEFAULT_SIZE);
        if (s < 1 || s > ServiceItemFilter.MAX_SIZE) {
            return bad("size", "service.api.size", ServiceItemFilter.MAX_SIZE);
        }
        if (q != null && q.length() > 100) {
            return bad("q", "service.api.q", 100);
        }
        ServiceItemPage found = items.find(new ServiceItemFilter(unitId, who, null,
                org.zhengwu.services.ItemState.ONLINE, q, p, s));
        return ResponseEntity.ok(new Page(found.page(), found.size(), found.total(), found.pages(),
                found.items().stream().map(this::json).toList()));
    }

    @GetMapping(path = "/api/v1/service-items/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> one(@PathVariable String code) {
        Optional<ServiceItem> item = items.byCode(code).filter(ServiceItem::online);
        if (item.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(new Problem("not_found", null, t("service.api.not-found", code)));
        }
        return ResponseEntity.ok(json(item.get()));
    }

    /** A whole number from a parameter: {@code fallback} when absent, -1 when it is not one. */
    static int positive(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private GuideJson json(ServiceItem item) {
        Unit unit = sites.unit(item.unitId()).orElse(new Unit(item.unitId(), "", "", null));
        return GuideJson.of(item, unit, t("service.kind." + item.guide().kind().name()),
                HallPaths.item(item.code()));
    }

    private Optional<Unit> unit(String value) {
        return sites.units().stream().filter(u -> u.code().equals(value) || String.valueOf(u.id()).equals(value))
                .findFirst();
    }

    private ResponseEntity<?> bad(String parameter, String key, Object arg) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem("bad_parameter", parameter, t(key, arg)));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
