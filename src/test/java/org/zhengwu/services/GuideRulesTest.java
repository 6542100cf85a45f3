package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.services.internal.GuideRules;

/** The rules of a guide, in plain Java: what it must be to be stored, and what it must have to go online. */
class GuideRulesTest {

    @Test
    void aCompleteGuideLacksNothingAndIsAHundredPercent() {
        Completeness c = Completeness.of(Guides.complete("A1000", 1));
        assertThat(c.complete()).isTrue();
        assertThat(c.missing()).isEmpty();
        assertThat(c.percent()).isEqualTo(100);
    }

    @Test
    void aBareGuideNamesEveryMissingElementInOrder() {
        Completeness c = Completeness.of(Guides.bare("A1000", 1));
        assertThat(c.missing()).containsExactly(GuideElement.AUDIENCE, GuideElement.LEGAL_BASIS, GuideElement.CONDITIONS,
                GuideElement.MATERIALS, GuideElement.STEPS, GuideElement.STATUTORY_LIMIT, GuideElement.PROMISED_LIMIT,
                GuideElement.FEES, GuideElement.PLACE, GuideElement.HOURS, GuideElement.CONSULTATION_PHONE,
                GuideElement.COMPLAINT_PHONE, GuideElement.RESULT);
        assertThat(c.percent()).isEqualTo(13);
    }

    @Test
    void onlyOneMissingElementStillKeepsTheMeterBelowAHundred() {
        ServiceGuide g = Guides.complete("A1000", 1);
        ServiceGuide noPhone = new ServiceGuide(g.code(), g.name(), g.unitId(), g.kind(), g.audiences(), g.themes(),
                g.legalBasis(), g.conditions(), g.materials(), g.steps(), g.statutoryDays(), g.promisedDays(),
                g.freeOfCharge(), g.fees(), g.place(), g.hours(), g.consultationPhone(), " ", g.resultName(),
                g.resultSample(), g.onlineApplication(), g.visits());
        assertThat(Completeness.of(noPhone).missing()).containsExactly(GuideElement.COMPLAINT_PHONE);
        assertThat(Completeness.of(noPhone).percent()).isEqualTo(93);
    }

    @Test
    void anItemThatChargesNothingHasItsFeesAndOneThatChargesNeedsFeeItems() {
        ServiceGuide free = Guides.complete("A1000", 1);
        assertThat(GuideElement.FEES.presentIn(free)).isTrue();
        ServiceGuide charged = fees(free, false, List.of());
        assertThat(GuideElement.FEES.presentIn(charged)).isFalse();
        assertThat(GuideElement.FEES.presentIn(fees(free, false, List.of(new Fee("工本费", Guides.yuan("5"), "文件"))))).isTrue();
    }

    @Test
    void aPromisedLimitLongerThanTheStatutoryOneIsRefused() {
        ServiceGuide g = days(Guides.complete("A1000", 1), 10, 11);
        assertThatThrownBy(() -> GuideRules.check(g)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("key", "service.promisedDays.exceeds");
    }

    @Test
    void aPromisedLimitEqualToTheStatutoryOneIsAccepted() {
        assertThatCode(() -> GuideRules.check(days(Guides.complete("A1000", 1), 10, 10))).doesNotThrowAnyException();
    }

    @Test
    void aNegativeTimeLimitIsRefused() {
        assertThatThrownBy(() -> GuideRules.check(days(Guides.complete("A1000", 1), -1, null)))
                .hasFieldOrPropertyWithValue("key", "service.statutoryDays.range");
    }

    @Test
    void codesOfCapitalLettersDigitsAndHyphensAreAcceptedAndOthersRefused() {
        for (String ok : List.of("A1000", "000105001000", "11330100MB1234567X-4000117000")) {
            assertThatCode(() -> GuideRules.check(Guides.complete(ok, 1))).as(ok).doesNotThrowAnyException();
        }
        for (String bad : List.of("A1", "a1000", "-A1000", "出生证明01", "A1000 B", "A".repeat(41))) {
            assertThatThrownBy(() -> GuideRules.check(Guides.complete(bad, 1))).as(bad)
                    .hasFieldOrPropertyWithValue("key", "service.code.format");
        }
    }

    @Test
    void aConditionalMaterialWithoutItsConditionIsRefused() {
        ServiceGuide g = Guides.complete("A1000", 1);
        ServiceGuide bad = materials(g, List.of(new Material("户口簿", Material.Form.COPY, 1, Material.Medium.PAPER, false,
                " ", "", "")));
        assertThatThrownBy(() -> GuideRules.check(bad)).hasFieldOrPropertyWithValue("key", "service.materials.condition");
    }

    @Test
    void aFreeItemWithFeeItemsIsRefused() {
        ServiceGuide bad = fees(Guides.complete("A1000", 1), true, List.of(new Fee("工本费", Guides.yuan("5"), "文件")));
        assertThatThrownBy(() -> GuideRules.check(bad)).hasFieldOrPropertyWithValue("key", "service.fee.free");
    }

    @Test
    void aFeeWithoutItsBasisIsRefused() {
        ServiceGuide bad = fees(Guides.complete("A1000", 1), false, List.of(new Fee("工本费", Guides.yuan("5"), "")));
        assertThatThrownBy(() -> GuideRules.check(bad)).hasFieldOrPropertyWithValue("key", "service.fees.basis");
    }

    @Test
    void aPhoneWithLettersIsRefused() {
        ServiceGuide g = Guides.complete("A1000", 1);
        ServiceGuide bad = new ServiceGuide(g.code(), g.name(), g.unitId(), g.kind(), g.audiences(), g.themes(),
                g.legalBasis(), g.conditions(), g.materials(), g.steps(), g.statutoryDays(), g.promisedDays(),
                g.freeOfCharge(), g.fees(), g.place(), g.hours(), "call me", g.complaintPhone(), g.resultName(),
                g.resultSample(), g.onlineApplication(), g.visits());
        assertThatThrownBy(() -> GuideRules.check(bad)).hasFieldOrPropertyWithValue("key", "service.consultationPhone.format");
    }

    @Test
    void emptyLinesOfAListAreNotElements() {
        ServiceGuide g = Guides.complete("A1000", 1);
        ServiceGuide blank = new ServiceGuide(g.code(), g.name(), g.unitId(), g.kind(), Set.of(), g.themes(),
                List.of(" ", ""), g.conditions(), g.materials(), g.steps(), g.statutoryDays(), g.promisedDays(),
                g.freeOfCharge(), g.fees(), g.place(), g.hours(), g.consultationPhone(), g.complaintPhone(),
                g.resultName(), g.resultSample(), g.onlineApplication(), g.visits());
        assertThat(Completeness.of(blank).missing()).containsExactly(GuideElement.AUDIENCE, GuideElement.LEGAL_BASIS);
    }

    private static ServiceGuide days(ServiceGuide g, Integer statutory, Integer promised) {
        return new ServiceGuide(g.code(), g.name(), g.unitId(), g.kind(), g.audiences(), g.themes(), g.legalBasis(),
                g.conditions(), g.materials(), g.steps(), statutory, promised, g.freeOfCharge(), g.fees(), g.place(),
                g.hours(), g.consultationPhone(), g.complaintPhone(), g.resultName(), g.resultSample(),
                g.onlineApplication(), g.visits());
    }

    private static ServiceGuide fees(ServiceGuide g, boolean free, List<Fee> fees) {
        return new ServiceGuide(g.code(), g.name(), g.unitId(), g.kind(), g.audiences(), g.themes(), g.legalBasis(),
                g.conditions(), g.materials(), g.steps(), g.statutoryDays(), g.promisedDays(), free, fees, g.place(),
                g.hours(), g.consultationPhone(), g.complaintPhone(), g.resultName(), g.resultSample(),
                g.onlineApplication(), g.visits());
    }

    private static ServiceGuide materials(ServiceGuide g, List<Material> materials) {
        return new ServiceGuide(g.code(), g.name(), g.unitId(), g.kind(), g.audiences(), g.themes(), g.legalBasis(),
                g.conditions(), materials, g.steps(), g.statutoryDays(), g.promisedDays(), g.freeOfCharge(), g.fees(),
                g.place(), g.hours(), g.consultationPhone(), g.complaintPhone(), g.resultName(), g.resultSample(),
                g.onlineApplication(), g.visits());
    }
}
