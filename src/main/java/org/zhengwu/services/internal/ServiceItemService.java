package org.zhengwu.services.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.services.Completeness;
import org.zhengwu.services.GuideElement;
import org.zhengwu.services.IncompleteGuide;
import org.zhengwu.services.ItemState;
import org.zhengwu.services.ServiceCatalogueImported;
import org.zhengwu.services.ServiceGuide;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemChanged;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItemPage;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.SiteDirectory;

/**
 * {@link ServiceItems}: who may change an item is checked first (the system administrator any, a unit's editor only
 * their unit's, a refusal audited on its own), then every rule, then the change and its audit record in one
 * transaction, with a {@link ServiceItemChanged} for the pages and the index to follow after commit.
 */
@Service
class ServiceItemService implements ServiceItems {

    /** The roles that write guides: the system administrator for every unit, the editors (信息员) for their own. */
    static final StaffRole[] WRITERS = {StaffRole.ADMINISTRATOR, StaffRole.EDITOR};

    private final ServiceItemStore store;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ServiceItemService(ServiceItemStore store, SiteDirectory sites, UnitScope scope, AuditTrail audit,
                       MessageSource messages, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.sites = sites;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceItem> byCode(String code) {
        return code == null ? Optional.empty() : store.byCode(code);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceItem> byId(long id) {
        return store.byId(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(long id) {
        return store.nameOf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceItemPage find(ServiceItemFilter filter) {
        return store.find(filter);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> onlineCountByUnit() {
        return store.onlineCountByUnit();
    }

    @Override
    @Transactional
    public ServiceItem create(ServiceGuide guide) {
        ServiceItem item = insert(guide);
        events.publishEvent(new ServiceItemChanged(item.id(), guide.code(), null));
        return item;
    }

    @Override
    @Transactional
    public void importOnline(List<ServiceGuide> guides) {
        for (ServiceGuide guide : guides) {
            ServiceItem item = insert(guide);
            requireWriter("online", item, item.unitId());
            Completeness c = item.completeness();
            if (!c.complete()) {
                throw incomplete("service.online.incomplete", c.missing());
            }
            store.setState(item.id(), ItemState.ONLINE, now());
            audit.record(AuditEvent.of("services.item.online", "service_item", item.id(), item.unitId(),
                    describe(guide)));
        }
        events.publishEvent(new ServiceCatalogueImported(guides.size()));
    }

    private ServiceItem insert(ServiceGuide guide) {
        requireWriter("create", null, guide.unitId());
        checkUnit(guide);
        GuideRules.check(guide);
        if (store.codeTaken(guide.code())) {
            throw new RuleViolation("service.code.duplicate", guide.code());
        }
        long id = store.insert(guide, now());
        audit.record(AuditEvent.of("services.item.create", "service_item", id, guide.unitId(), describe(guide)));
        return store.byId(id).orElseThrow();
    }

    @Override
    @Transactional
    public ServiceItem update(long id, ServiceGuide guide) {
        ServiceItem item = require(id);
        requireWriter("update", item, item.unitId());
        if (guide.unitId() != item.unitId()) {
            requireWriter("update", item, guide.unitId());
        }
        ServiceGuide kept = withCode(guide, item.code());
        checkUnit(kept);
        GuideRules.check(kept);
        Completeness c = Completeness.of(kept);
        if (item.online() && !c.complete()) {
            throw incomplete("service.update.incomplete", c.missing());
        }
        store.update(id, kept, now());
        audit.record(AuditEvent.of("services.item.update", "service_item", id, kept.unitId(), describe(kept)
                + (kept.unitId() != item.unitId() ? "，单位由 " + item.unitId() + " 改为 " + kept.unitId() : "")));
        events.publishEvent(new ServiceItemChanged(id, item.code(), ServiceItemChanged.Listing.of(item)));
        return store.byId(id).orElseThrow();
    }

    @Override
    @Transactional
    public ServiceItem putOnline(long id) {
        ServiceItem item = require(id);
        requireWriter("online", item, item.unitId());
        Completeness c = item.completeness();
        if (!c.complete()) {
            throw incomplete("service.online.incomplete", c.missing());
        }
        return state(item, ItemState.ONLINE, "services.item.online");
    }

    @Override
    @Transactional
    public ServiceItem takeOffline(long id) {
        ServiceItem item = require(id);
        requireWriter("offline", item, item.unitId());
        return state(item, ItemState.OFFLINE, "services.item.offline");
    }

    private ServiceItem state(ServiceItem item, ItemState state, String action) {
        if (item.state() != state) {
            store.setState(item.id(), state, now());
            audit.record(AuditEvent.of(action, "service_item", item.id(), item.unitId(), describe(item.guide())));
            events.publishEvent(new ServiceItemChanged(item.id(), item.code(), ServiceItemChanged.Listing.of(item)));
        }
        return store.byId(item.id()).orElseThrow();
    }

    private ServiceItem require(long id) {
        return store.byId(id).orElseThrow(() -> new NotFound("service.item.not-found", id));
    }

    private void checkUnit(ServiceGuide guide) {
        if (sites.unit(guide.unitId()).isEmpty()) {
            throw new RuleViolation("service.unitId.unknown", guide.unitId());
        }
    }

    /** The system itself (the demo) may; else an administrator, or an editor of this unit; a refusal is audited. */
    private void requireWriter(String action, ServiceItem item, long unitId) {
        Optional<StaffPrincipal> p;
        try {
            p = scope.requireRoleOrSystem(WRITERS);
        } catch (AccessDeniedException e) {
            refuse(action, item, unitId, e.getMessage());
            throw e;
        }
        if (p.isPresent() && !scope.mayAct(unitId)) {
            refuse(action, item, unitId, "unit " + unitId + " is outside the scope of " + p.get().username());
            throw new AccessDeniedException("unit " + unitId + " is outside the caller's scope");
        }
    }

    private void refuse(String action, ServiceItem item, long unitId, String why) {
        audit.recordRefusal(AuditEvent.of("services.item." + action, "service_item", item == null ? null : item.id(),
                unitId, why));
    }

    private IncompleteGuide incomplete(String key, List<GuideElement> missing) {
        String names = missing.stream().map(e -> messages.getMessage(e.labelKey(), null, Locale.SIMPLIFIED_CHINESE))
                .collect(Collectors.joining("、"));
        return new IncompleteGuide(key, missing, names);
    }

    private static ServiceGuide withCode(ServiceGuide g, String code) {
        return new ServiceGuide(code, g.name(), g.unitId(), g.kind(), g.audiences(), g.themes(), g.legalBasis(),
                g.conditions(), g.materials(), g.steps(), g.statutoryDays(), g.promisedDays(), g.freeOfCharge(),
                g.fees(), g.place(), g.hours(), g.consultationPhone(), g.complaintPhone(), g.resultName(),
                g.resultSample(), g.onlineApplication(), g.visits());
    }

    private static String describe(ServiceGuide g) {
        return "事项 " + g.code() + "《" + g.name() + "》，完整度 " + Completeness.of(g).percent() + "%";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
