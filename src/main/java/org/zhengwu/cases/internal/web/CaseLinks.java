package org.zhengwu.cases.internal.web;

import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.internal.CaseTypes;
import org.zhengwu.platform.web.Ui;

/** Where a case is worked on (its type's console page) and the names of its type and state, for the pages. */
@Component
public class CaseLinks {

    private final CaseTypes types;

    CaseLinks(CaseTypes types) {
        this.types = types;
    }

    /** The owning module's page of the case, or the engine's own page when its type is gone. */
    public String path(CaseView c) {
        return types.find(c.typeCode()).map(t -> t.consolePath(c)).orElse(enginePath(c));
    }

    public String enginePath(CaseView c) {
        return "/admin/cases/" + c.id();
    }

    public String typeName(Ui ui, String typeCode) {
        return types.find(typeCode).map(t -> ui.t(t.nameKey())).orElse(typeCode);
    }

    public String stateName(Ui ui, CaseView c) {
        return stateName(ui, c.typeCode(), c.state());
    }

    public String stateName(Ui ui, String typeCode, String state) {
        if (state == null) {
            return "";
        }
        CaseType t = types.find(typeCode).orElse(null);
        return t == null || !t.flow().knows(state) ? state : ui.t(t.flow().labelKey(state));
    }
}
