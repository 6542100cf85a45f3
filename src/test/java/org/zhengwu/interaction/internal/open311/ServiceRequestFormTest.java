package org.zhengwu.interaction.internal.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.platform.RuleViolation;

class ServiceRequestFormTest {

    private static ServiceRequestForm form(String first, String last, String description, String address, String lat,
                                           String lon, String media, String publicAttribute) {
        return new ServiceRequestForm("mayor", first, last, "13912345678", null, description, address, lat, lon, media,
                publicAttribute);
    }

    private static NewLetter letter(ServiceRequestForm f) {
        return f.letter(key -> "[" + key + "]");
    }

    @Test
    void aChineseNameIsFamilyNameFirstAndAnyOtherIsFirstNameFirst() {
        assertThat(form("小明", "王", "x", null, null, null, null, null).name()).isEqualTo("王小明");
        assertThat(form("Anna", "Schmidt", "x", null, null, null, null, null).name()).isEqualTo("Anna Schmidt");
        assertThat(form(null, "王", "x", null, null, null, null, null).name()).isEqualTo("王");
    }

    @Test
    void aRequestWithoutANameIsALetterSignedAsWithoutOneForTheNameIsOptionalInGeoReport() {
        assertThat(letter(form(null, " ", "路灯坏了。", null, null, null, null, null)).name())
                .isEqualTo("[open311.letter.no-name]");
    }

    @Test
    void theSubjectIsTheFirstSentenceCutTo30Characters() {
        assertThat(ServiceRequestForm.subject("路灯坏了。请修理。")).isEqualTo("路灯坏了");
        assertThat(ServiceRequestForm.subject("一".repeat(40))).isEqualTo("一".repeat(29) + "…");
        assertThat(letter(form("明", "王", "。没有第一句", null, null, null, null, null)).subject())
                .isEqualTo("[open311.letter.subject]");
    }

    @Test
    void theLocationAndTheMediaLinkAreAddedToTheTextAndTheLetterIsPrivateUnlessAsked() {
        NewLetter l = letter(form("明", "王", "路灯坏了。", "滨江路 8 号", "30.25", "120.16", "https://example.com/a.jpg",
                null));
        assertThat(l.text()).isEqualTo("路灯坏了。\n\n[open311.letter.address]滨江路 8 号\n[open311.letter.coordinates]"
                + "30.25, 120.16\n[open311.letter.media]https://example.com/a.jpg");
        assertThat(l.publicWish()).isFalse();
        assertThat(letter(form("明", "王", "x", null, null, null, null, "TRUE")).publicWish()).isTrue();
        assertThat(letter(form("明", "王", "x", null, null, null, null, null)).text()).isEqualTo("x");
    }

    @Test
    void badCoordinatesLinksAndAttributesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> letter(form("明", "王", "x", null, "91", "0", null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.args()[0]).isEqualTo("lat"));
        assertThatThrownBy(() -> letter(form("明", "王", "x", null, "30", null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.args()[0]).isEqualTo("long"));
        assertThatThrownBy(() -> letter(form("明", "王", "x", null, null, null, "javascript:alert(1)", null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.args()[0]).isEqualTo("media_url"));
        assertThatThrownBy(() -> letter(form("明", "王", "x", null, null, null, null, "yes")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.args()[0]).isEqualTo("attribute[public]"));
    }

    @Test
    void missingRequiredParametersAreNamedAndTheHallsFieldsMapToTheSpecificationsParameters() {
        assertThat(new ServiceRequestForm(" ", null, "", null, null, null, null, null, null, null, null).missing())
                .containsExactly("service_code", "description");
        assertThat(ServiceRequestForm.parameter(new LetterProblem("subject", "k", new Object[0])))
                .isEqualTo("description");
        assertThat(ServiceRequestForm.parameter(new LetterProblem("phone", "k", new Object[0]))).isEqualTo("phone");
    }
}
