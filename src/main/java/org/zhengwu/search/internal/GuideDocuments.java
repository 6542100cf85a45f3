package org.zhengwu.search.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.search.SearchDocument;
import org.zhengwu.search.SearchIndex;
import org.zhengwu.services.ItemState;
import org.zhengwu.services.Material;
import org.zhengwu.services.ServiceCatalogueImported;
import org.zhengwu.services.ServiceGuide;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemChanged;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The service hall's guides (办事指南) in the site-group index, kind {@code GUIDE} (the search page's filter 办事指南,
 * with the items of the sites' guide columns), keyed by {@link SearchDocument#guideKey}: an online item is
 * indexed with its conditions, materials, legal basis, steps, place and result, under its unit's site (so a search in
 * the unit's site finds them too); an item taken offline leaves the index. Kept current by the services event,
 * after commit, and added to every rebuild of the index.
 */
@Component
class GuideDocuments {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final SearchIndex index;
    private final ServiceItems items;
    private final SiteDirectory sites;
    private final ChineseScript script;
    private final String label;

    GuideDocuments(SearchIndex index, ServiceItems items, SiteDirectory sites, ChineseScript script,
                   MessageSource messages) {
        this.index = index;
        this.items = items;
        this.sites = sites;
        this.script = script;
        this.label = messages.getMessage("column.kind.GUIDE", null, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * One event at a time: the events of an item's quick changes (created, then put online) are handled in parallel,
     * and a handler that read the older state must not write after one that read the newer.
     */
    @ApplicationModuleListener(readOnlyTransaction = true)
    synchronized void on(ServiceItemChanged event) {
        Optional<ServiceItem> online = items.byId(event.itemId()).filter(ServiceItem::online);
        if (online.isPresent()) {
            index.index(document(online.get()));
        } else {
            index.removeKey(SearchDocument.guideKey(event.itemId()));
        }
    }

    /** After a bulk import: every online guide indexed again (the old ones are replaced, not doubled). */
    @ApplicationModuleListener(readOnlyTransaction = true)
    synchronized void on(ServiceCatalogueImported event) {
        List<SearchDocument> all = new ArrayList<>();
        forEachOnline(all::add);
        index.indexAll(all);
    }

    /** Every online guide, for a rebuild of the index. */
    void forEachOnline(Consumer<SearchDocument> sink) {
        items.all(new ServiceItemFilter(null, null, null, ItemState.ONLINE, null, 1, ServiceItemFilter.MAX_SIZE))
                .forEach(item -> sink.accept(document(item)));
    }

    SearchDocument document(ServiceItem item) {
        ServiceGuide g = item.guide();
        Site site = sites.siteOfUnit(item.unitId()).or(sites::portal).orElse(null);
        String unit = sites.unit(item.unitId()).map(Unit::name).orElse(site == null ? "" : site.name());
        StringBuilder text = new StringBuilder(g.code()).append(' ');
        g.conditions().forEach(s -> text.append(s).append(' '));
        g.materials().stream().map(Material::name).forEach(s -> text.append(s).append(' '));
        g.legalBasis().forEach(s -> text.append(s).append(' '));
        g.steps().forEach(s -> text.append(s).append(' '));
        text.append(g.place()).append(' ').append(g.resultName());
        return new SearchDocument(item.id(), site == null ? "" : site.code(), unit, label, "bsfw", g.name(),
                item.guidePath(),
                item.updatedAt() == null ? null : item.updatedAt().atZoneSameInstant(CHINA).toLocalDate(),
                ColumnKind.GUIDE.name(), DocumentNumbers.normalise(script.toSimplified(g.name())),
                DocumentNumbers.normalise(script.toSimplified(text.toString().strip())), null,
                SearchDocument.guideKey(item.id()));
    }
}
