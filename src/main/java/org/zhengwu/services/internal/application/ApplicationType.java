package org.zhengwu.services.internal.application;

import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;

/** Applications as the case engine knows them: type {@code application}, with {@link ApplicationFlow}. */
@Component
public class ApplicationType implements CaseType {

    public static final String CODE = "application";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "service.application.type";
    }

    @Override
    public CaseFlow flow() {
        return ApplicationFlow.CASE_FLOW;
    }

    /** The reference of an application's case is its number. */
    @Override
    public String consolePath(CaseView c) {
        return "/admin/services/applications/" + c.reference();
    }
}
