package org.zhengwu.services.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengwu.platform.storage.FileType;

/** The field-by-field checks of an applicant's answers, as rules. */
class AnswerRulesTest {

    private static final List<FormField> FORM = List.of(
            FormField.simple("name", "姓名", FieldType.TEXT, true, ""),
            FormField.simple("id", "身份证号码", FieldType.ID_CARD, true, ""),
            FormField.simple("mobile", "手机号码", FieldType.MOBILE, false, ""),
            FormField.simple("born", "出生日期", FieldType.DATE, false, ""),
            FormField.simple("count", "人数", FieldType.NUMBER, false, ""),
            new FormField("kind", "类别", FieldType.CHOICE, true, "", List.of("甲", "乙"), Set.of(), 0),
            FormField.simple("home", "地址", FieldType.ADDRESS, false, ""),
            new FormField("scan", "扫描件", FieldType.ATTACHMENT, true, "", List.of(), Set.of(FileType.PDF), 1));

    private final List<Problem> problems = new ArrayList<>();

    private Map<String, String> check(Map<String, String> typed) {
        return AnswerRules.check(FORM, typed, Map.of("scan", new Upload("a.pdf", 10, null)), problems);
    }

    private List<String> keys() {
        return problems.stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aWellFilledFormHasNoProblemsAndItsAnswersAreNormalised() {
        Map<String, String> answers = check(Map.of("name", " 王小明 ", "id", "11010519491231002x", "mobile", "+86 139-1234-5678",
                "born", "1949-12-31", "count", "3", "kind", "乙", "home", "清河市人民路100号"));
        assertThat(problems).isEmpty();
        assertThat(answers).containsEntry("name", "王小明").containsEntry("id", "11010519491231002X")
                .containsEntry("mobile", "13912345678");
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterOrAnImpossibleBirthDateIsRefused() {
        assertThat(IdCards.valid("11010519491231002X")).isTrue();
        assertThat(IdCards.valid("110105194912310021")).isFalse();
        assertThat(IdCards.valid("110105194902300021".substring(0, 17) + IdCards.checkFor("11010519490230002"))).isFalse();
        assertThat(IdCards.valid("1101051949123100")).isFalse();
    }

    @Test
    void eachWrongValueIsNamedAtItsOwnField() {
        check(Map.of("name", "王", "id", "110105194912310021", "mobile", "1391234", "born", "2026-02-30", "count", "三",
                "kind", "丙", "home", "人民路"));
        assertThat(keys()).containsExactlyInAnyOrder("id:service.apply.id-card", "mobile:service.apply.mobile",
                "born:service.apply.date", "count:service.apply.number", "kind:service.apply.choice",
                "home:service.apply.address");
    }

    @Test
    void missingRequiredFieldsAreNamedAndAFieldTheFormDoesNotHaveIsRefused() {
        AnswerRules.check(FORM, Map.of("isAdmin", "true"), Map.of(), problems);
        assertThat(keys()).containsExactlyInAnyOrder("null:service.apply.unknown-field", "name:service.apply.required",
                "id:service.apply.required", "kind:service.apply.required.choice", "scan:service.apply.required.file");
    }
}
