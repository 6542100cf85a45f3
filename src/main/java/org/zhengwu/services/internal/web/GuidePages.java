package org.zhengwu.services.internal.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.publishing.PublishedSection;
import org.zhengwu.publishing.SectionPages;
import org.zhengwu.publishing.SectionPublishing;
import org.zhengwu.services.Audience;
import org.zhengwu.services.ItemState;
import org.zhengwu.services.LifeEvent;
import org.zhengwu.services.ServiceCatalogueImported;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemChanged;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The hall's static pages, written by publishing in both scripts: the front page, the lists by unit, by audience
 * and by life event, one guide per online item, and on each unit's site the list of its own guides. The full
 * rebuild renders them all; a {@link ServiceItemChanged} renders the item's page (or deletes it when the item went
 * offline) and every list it is or was on.
 */
@Component
class GuidePages implements PublishedSection {

    static final int PAGE_SIZE = 50;

    private final ServicePages pages;
    private final ServiceItems items;
    private final SiteDirectory sites;
    private final SectionPublishing publishing;

    GuidePages(ServicePages pages, ServiceItems items, SiteDirectory sites, SectionPublishing publishing) {
        this.pages = pages;
        this.items = items;
        this.sites = sites;
        this.publishing = publishing;
    }

    @Override
    public String folder() {
        return HallPaths.HALL;
    }

    @Override
    public long estimatedPages() {
        long online = items.onlineCountByUnit().values().stream().mapToLong(Long::longValue).sum();
        // every guide, about three list rows each, the front page and the doors
        return online + 3 * (online / PAGE_SIZE + 1) + 1 + Audience.values().length + LifeEvent.values().length;
    }

    @Override
    public void renderAll(SectionPages out) {
        List<ServiceItem> all = online(new ServiceItemFilter(null, null, null, ItemState.ONLINE, null, 1,
                ServiceItemFilter.MAX_SIZE));
        Map<Long, Long> counts = new HashMap<>();
        all.forEach(i -> counts.merge(i.unitId(), 1L, Long::sum));
        Map<Long, String> names = unitNames();
        front(out, counts);
        for (Unit unit : sites.units()) {
            if (counts.containsKey(unit.id())) {
                list(out, unit, only(all, i -> i.unitId() == unit.id()), names);
            }
        }
        for (Audience a : Audience.values()) {
            list(out, a, only(all, i -> i.guide().serves(a)), names);
        }
        for (LifeEvent e : LifeEvent.values()) {
            list(out, e, only(all, i -> i.guide().themes().contains(e)), names);
        }
        for (ServiceItem item : all) {
            guide(out, item, names);
        }
    }

    @Override
    public void renderForSite(Site site, SectionPages out) {
        if (!site.portal()) {
            inSite(out, site);
        }
    }

    /** The item is read under publishing's lock, so of two handlers of quick changes the later reads the newer state. */
    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ServiceItemChanged event) {
        publishing.update(out -> changed(out, event));
    }

    /** A bulk import: every page of the hall once (the new items' lists are most of them anyway). */
    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ServiceCatalogueImported event) {
        publishing.update(this::renderAll);
        sites.sites().stream().filter(s -> !s.portal()).forEach(s -> publishing.update(out -> inSite(out, s)));
    }

    private void changed(SectionPages out, ServiceItemChanged event) {
        Optional<ServiceItem> now = items.byId(event.itemId()).filter(ServiceItem::online);
        ServiceItemChanged.Listing before = event.before();
        boolean wasListed = before != null && before.online();
        if (now.isEmpty() && !wasListed) {
            return; // never on a public page: nothing to do
        }
        Map<Long, String> names = unitNames();
        if (now.isPresent()) {
            guide(out, now.get(), names);
        } else {
            out.delete(HallPaths.item(event.code()));
        }
        Set<Long> units = new LinkedHashSet<>();
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        Set<LifeEvent> themes = EnumSet.noneOf(LifeEvent.class);
        now.ifPresent(i -> {
            units.add(i.unitId());
            audiences.addAll(i.guide().audiences());
            themes.addAll(i.guide().themes());
        });
        if (wasListed) {
            units.add(before.unitId());
            audiences.addAll(before.audiences());
            themes.addAll(before.themes());
        }
        front(out, items.onlineCountByUnit());
        for (long unitId : units) {
            sites.unit(unitId).ifPresent(u -> {
                List<ServiceItem> list = online(filter(unitId, null, null));
                if (list.isEmpty()) {
                    deleteList(out, HallPaths.unit(u.code()), 1);
                } else {
                    list(out, u, list, names);
                }
            });
            sites.siteOfUnit(unitId).filter(s -> !s.portal()).ifPresent(s -> inSite(out, s));
        }
        audiences.forEach(a -> list(out, a, online(filter(null, a, null)), names));
        themes.forEach(e -> list(out, e, online(filter(null, null, e)), names));
    }

    // ------------------------------------------------------------------ the pages

    private void front(SectionPages out, Map<Long, Long> counts) {
        List<ServiceViews.UnitCount> units = sites.units().stream().filter(u -> counts.containsKey(u.id()))
                .sorted(Comparator.comparing(Unit::code))
                .map(u -> new ServiceViews.UnitCount(u, counts.get(u.id()))).toList();
        ServiceViews.Index view = new ServiceViews.Index(units, Arrays.asList(LifeEvent.values()));
        out.write(HallPaths.HALL, null, hant -> {
            ServiceText t = pages.text(hant);
            return pages.page(t, "index", t.t("service.hall.title"), view);
        });
    }

    private void guide(SectionPages out, ServiceItem item, Map<Long, String> names) {
        ServiceViews.Guide view = new ServiceViews.Guide(item, names.getOrDefault(item.unitId(), ""));
        out.write(HallPaths.item(item.code()), null, hant -> {
            ServiceText t = pages.text(hant);
            return pages.page(t, "item", t.s(item.name()), view);
        });
    }

    private void list(SectionPages out, Unit unit, List<ServiceItem> list, Map<Long, String> names) {
        list(out, HallPaths.unit(unit.code()), t -> t.s(unit.name()), list, names);
    }

    private void list(SectionPages out, Audience a, List<ServiceItem> list, Map<Long, String> names) {
        list(out, HallPaths.audience(a), t -> t.t("service.hall.audience." + a.name()), list, names);
    }

    private void list(SectionPages out, LifeEvent e, List<ServiceItem> list, Map<Long, String> names) {
        list(out, HallPaths.theme(e), t -> t.t("service.theme." + e.name()), list, names);
    }

    /** Every page of one list, then the pages a longer list had and this one no longer has are deleted. */
    private void list(SectionPages out, String folder, java.util.function.Function<ServiceText, String> heading,
                      List<ServiceItem> list, Map<Long, String> names) {
        int count = Math.max(1, (list.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int p = 1; p <= count; p++) {
            int page = p;
            List<ServiceItem> rows = list.subList((p - 1) * PAGE_SIZE, Math.min(list.size(), p * PAGE_SIZE));
            List<String> unitNames = rows.stream().map(i -> names.getOrDefault(i.unitId(), "")).toList();
            out.write(HallPaths.page(folder, p), null, hant -> {
                ServiceText t = pages.text(hant);
                String h = heading.apply(t);
                return pages.page(t, "list", h, new ServiceViews.Listing(h, rows, unitNames, page, count,
                        page > 1 ? t.href(HallPaths.page(folder, page - 1)) : null,
                        page < count ? t.href(HallPaths.page(folder, page + 1)) : null));
            });
        }
        deleteList(out, folder, count + 1);
    }

    private static void deleteList(SectionPages out, String folder, int from) {
        for (int p = Math.max(1, from); out.delete(HallPaths.page(folder, p)) || p == 1; p++) {
            // deleted page p; a list has no page after a missing one
        }
    }

    /** The unit's own guides on its site, in its frame, each leading to the guide's page in the hall. */
    private void inSite(SectionPages out, Site site) {
        List<ServiceItem> list = online(filter(site.unitId(), null, null));
        String unitName = sites.unit(site.unitId()).map(Unit::name).orElse(site.name());
        out.write(HallPaths.inSite(site), site, hant -> {
            ServiceText t = pages.text(hant);
            String heading = t.t("service.site.title", t.s(unitName));
            return pages.page(t, "site", heading, new ServiceViews.InSite(heading, list));
        });
    }

    // ------------------------------------------------------------------ reading

    private static ServiceItemFilter filter(Long unitId, Audience audience, LifeEvent theme) {
        return new ServiceItemFilter(unitId, audience, theme, ItemState.ONLINE, null, 1, ServiceItemFilter.MAX_SIZE);
    }

    private List<ServiceItem> online(ServiceItemFilter filter) {
        return items.all(filter);
    }

    private static List<ServiceItem> only(List<ServiceItem> all, Predicate<ServiceItem> which) {
        return all.stream().filter(which).toList();
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        sites.units().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
