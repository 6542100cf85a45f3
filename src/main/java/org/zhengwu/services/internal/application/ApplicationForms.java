package org.zhengwu.services.internal.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;

/**
 * Items' application forms. Anyone may read a form (the public page shows it); only who writes the item's guide may
 * change it — the system administrator, or an editor of the item's unit — each change audited, a refusal too. A
 * form's definition is checked whole: a refused one changes nothing.
 */
@Service
public class ApplicationForms {

    public static final int MAX_FIELDS = 30;
    public static final int MAX_MEGABYTES = 20;
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,29}");

    private final FormStore store;
    private final ServiceItems items;
    private final UnitScope scope;
    private final AuditTrail audit;

    ApplicationForms(FormStore store, ServiceItems items, UnitScope scope, AuditTrail audit) {
        this.store = store;
        this.items = items;
        this.scope = scope;
        this.audit = audit;
    }

    /** The form of an item, whether or not it takes applications now. */
    @Transactional(readOnly = true)
    public ApplicationForm form(ServiceItem item) {
        return new ApplicationForm(item, store.fields(item.id()));
    }

    /** The form of an item that takes applications now: online, with online application. */
    @Transactional(readOnly = true)
    public Optional<ApplicationForm> open(String itemCode) {
        return items.byCode(itemCode).filter(i -> i.online() && i.guide().onlineApplication()).map(this::form);
    }

    @Transactional
    public ApplicationForm save(long itemId, List<FormField> fields) {
        ServiceItem item = items.byId(itemId).orElseThrow(() -> new NotFound("service.item.not-found", itemId));
        requireWriter(item);
        check(fields);
        store.replace(itemId, fields);
        audit.record(AuditEvent.of("services.form.save", "service_item", itemId, item.unitId(),
                "事项 " + item.code() + " 申请表，自定义字段 " + fields.size() + " 个"));
        return form(item);
    }

    /**
     * Moves the unit's field {@code key} one place up or down the form (the first stays first, the last last), saved
     * like {@link #save}: the same check of who may, the same audit record.
     */
    @Transactional
    public ApplicationForm move(long itemId, String key, boolean up) {
        List<FormField> fields = new ArrayList<>(store.fields(itemId));
        int from = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                from = i;
            }
        }
        if (from < 0) {
            throw new RuleViolation("service.form.move.unknown", String.valueOf(key));
        }
        int to = up ? from - 1 : from + 1;
        if (to >= 0 && to < fields.size()) {
            Collections.swap(fields, from, to);
        }
        return save(itemId, fields);
    }

    /** Whether the current staff member may change this item's form (for showing the editor or not). */
    public boolean mayEdit(ServiceItem item) {
        return scope.mayAct(item.unitId());
    }

    private void requireWriter(ServiceItem item) {
        try {
            Optional<StaffPrincipal> p = scope.requireRoleOrSystem(StaffRole.ADMINISTRATOR, StaffRole.EDITOR);
            if (p.isPresent() && !scope.mayAct(item.unitId())) {
                throw new AccessDeniedException("unit " + item.unitId() + " is outside the caller's scope");
            }
        } catch (AccessDeniedException e) {
            audit.recordRefusal(AuditEvent.of("services.form.save", "service_item", item.id(), item.unitId(),
                    e.getMessage()));
            throw e;
        }
    }

    static void check(List<FormField> fields) {
        if (fields.size() > MAX_FIELDS) {
            throw new RuleViolation("service.form.too-many", MAX_FIELDS);
        }
        Set<String> keys = new HashSet<>();
        for (FormField f : fields) {
            if (!KEY.matcher(f.key()).matches() || ApplicationForm.RESERVED.contains(f.key())) {
                throw new RuleViolation("service.form.key", f.key());
            }
            if (!keys.add(f.key())) {
                throw new RuleViolation("service.form.key.duplicate", f.key());
            }
            if (f.label().isEmpty() || f.label().length() > 60) {
                throw new RuleViolation("service.form.label", f.key());
            }
            if (f.help().length() > 300) {
                throw new RuleViolation("service.form.help", f.label());
            }
            if (f.type() == FieldType.CHOICE && f.options().size() < 2) {
                throw new RuleViolation("service.form.options", f.label());
            }
            if (f.attachment() && (f.fileTypes().isEmpty() || f.maxMegabytes() < 1 || f.maxMegabytes() > MAX_MEGABYTES)) {
                throw new RuleViolation("service.form.attachment", f.label(), MAX_MEGABYTES);
            }
        }
    }
}
