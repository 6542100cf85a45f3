package org.zhengwu.petitions.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;
import org.zhengwu.platform.security.StaffRole;

/** Petitions on the case engine: {@link PetitionFlow}; extensions decided by the supervisors or the petition office. */
@Component
class PetitionType implements CaseType {

    @Override
    public String code() {
        return PetitionFlow.TYPE;
    }

    @Override
    public String nameKey() {
        return "petitions.type";
    }

    @Override
    public CaseFlow flow() {
        return PetitionFlow.FLOW;
    }

    @Override
    public Set<StaffRole> extensionDeciders() {
        return Set.of(StaffRole.SUPERVISOR, StaffRole.PETITION_OFFICER);
    }

    @Override
    public String consolePath(CaseView c) {
        return "/admin/petitions/" + c.reference();
    }
}
