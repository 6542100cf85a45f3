package org.zhengwu.services;

import java.util.function.Predicate;

/**
 * The elements a complete guide must have (the national inspection counts a guide without them as incomplete), each
 * with the test whether a guide has it. Label key {@code service.element.NAME}.
 */
public enum GuideElement {
    NAME(g -> !g.name().isEmpty()),
    CODE(g -> !g.code().isEmpty()),
    AUDIENCE(g -> !g.audiences().isEmpty()),
    LEGAL_BASIS(g -> !g.legalBasis().isEmpty()),
    CONDITIONS(g -> !g.conditions().isEmpty()),
    MATERIALS(g -> !g.materials().isEmpty()),
    STEPS(g -> !g.steps().isEmpty()),
    STATUTORY_LIMIT(g -> g.statutoryDays() != null),
    PROMISED_LIMIT(g -> g.promisedDays() != null),
    FEES(g -> g.freeOfCharge() || !g.fees().isEmpty()),
    PLACE(g -> !g.place().isEmpty()),
    HOURS(g -> !g.hours().isEmpty()),
    CONSULTATION_PHONE(g -> !g.consultationPhone().isEmpty()),
    COMPLAINT_PHONE(g -> !g.complaintPhone().isEmpty()),
    RESULT(g -> !g.resultName().isEmpty());

    private final Predicate<ServiceGuide> present;

    GuideElement(Predicate<ServiceGuide> present) {
        this.present = present;
    }

    public boolean presentIn(ServiceGuide guide) {
        return present.test(guide);
    }

    public String labelKey() {
        return "service.element." + name();
    }
}
