package org.zhengwu.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.interaction.NewLetter;

class LetterRulesTest {

    private static NewLetter letter(String name, String phone, String email, String subject, String text) {
        return new NewLetter("mayor", name, phone, email, subject, text, false, List.of());
    }

    private static List<LetterProblem> problems(NewLetter l) {
        List<LetterProblem> out = new ArrayList<>();
        LetterRules.check(l, out);
        return out;
    }

    private static List<String> keys(NewLetter l) {
        return problems(l).stream().map(LetterProblem::key).toList();
    }

    @Test
    void a_plain_letter_passes_and_comes_out_trimmed_with_unix_line_ends() {
        List<LetterProblem> out = new ArrayList<>();
        LetterRules.Checked c = LetterRules.check(letter(" 张三 ", "138 1234 5678", "Zhang@Example.com ",
                " 关于小区路灯的建议 ", "路灯坏了。\r\n请尽快修理。\r\n"), out);
        assertThat(out).isEmpty();
        assertThat(c.name()).isEqualTo("张三");
        assertThat(c.phone()).isEqualTo("13812345678");
        assertThat(c.email()).isEqualTo("zhang@example.com");
        assertThat(c.subject()).isEqualTo("关于小区路灯的建议");
        assertThat(c.text()).isEqualTo("路灯坏了。\n请尽快修理。");
    }

    @Test
    void an_empty_letter_gets_one_message_for_every_missing_field() {
        assertThat(keys(letter("", " ", null, "", "  \n "))).containsExactly("interaction.letter.name.required",
                "interaction.letter.phone.required", "interaction.letter.subject.required",
                "interaction.letter.text.required");
    }

    @Test
    void oversize_fields_are_refused_with_the_limit_and_the_count() {
        List<LetterProblem> p = problems(letter("名".repeat(51), "13812345678", null, "题".repeat(101), "字".repeat(5001)));
        assertThat(p).extracting(LetterProblem::key).containsExactly("interaction.letter.name.too-long",
                "interaction.letter.subject.too-long", "interaction.letter.text.too-long");
        assertThat(p.get(2).args()).containsExactly(5000, 5001);
        assertThat(problems(letter("名".repeat(50), "13812345678", null, "题".repeat(100), "字".repeat(5000)))).isEmpty();
    }

    @Test
    void scripts_and_tags_are_refused_not_stripped() {
        assertThat(keys(letter("张三", "13812345678", null, "<b>加急</b>", "你好<script>alert(1)</script>")))
                .containsExactly("interaction.letter.subject.markup", "interaction.letter.text.markup");
        assertThat(keys(letter("<img src=x onerror=alert(1)>", "13812345678", null, "主题", "请看 javascript:alert(1)")))
                .containsExactly("interaction.letter.name.markup", "interaction.letter.text.markup");
    }

    @Test
    void a_less_than_sign_in_ordinary_writing_is_not_markup() {
        assertThat(problems(letter("张三", "13812345678", null, "温度<5度时停暖", "室温 < 16 度，3<5 是常识。"))).isEmpty();
    }

    @Test
    void control_characters_and_direction_overrides_are_refused_but_line_breaks_in_the_text_are_fine() {
        assertThat(keys(letter("张\u0000三", "13812345678", null, "第一行\n第二行", "正常\u202E反向")))
                .containsExactly("interaction.letter.name.control", "interaction.letter.subject.control",
                        "interaction.letter.text.control");
        assertThat(problems(letter("张三", "13812345678", null, "主题", "第一段\n\n\t第二段 😀"))).isEmpty();
    }

    @Test
    void mobiles_and_landlines_are_accepted_in_their_usual_spellings() {
        for (String phone : new String[] {"13812345678", "+86 138-1234-5678", "0571-87654321", "010 62345678",
                "(0571)87654321", "0571-87654321-123", "075582345678"}) {
            assertThat(keys(letter("张三", phone, null, "主题", "内容"))).as(phone).isEmpty();
        }
        List<LetterProblem> out = new ArrayList<>();
        assertThat(LetterRules.check(letter("张三", "010 62345678", null, "主题", "内容"), out).phone()).isEqualTo("010-62345678");
    }

    @Test
    void numbers_that_cannot_be_called_back_are_refused() {
        for (String phone : new String[] {"12345", "1381234567", "23812345678", "12812345678", "abc", "0571-123",
                "138123456789"}) {
            assertThat(keys(letter("张三", phone, null, "主题", "内容"))).as(phone)
                    .containsExactly("interaction.letter.phone.invalid");
        }
    }

    @Test
    void an_email_address_is_optional_but_must_look_like_one() {
        assertThat(keys(letter("张三", "13812345678", "", "主题", "内容"))).isEmpty();
        assertThat(keys(letter("张三", "13812345678", "not-an-address", "主题", "内容")))
                .containsExactly("interaction.letter.email.invalid");
    }

    @Test
    void staff_text_follows_the_same_rules_under_its_own_keys() {
        assertThat(LetterRules.staffText(" 已处理。\r\n ", 100, "interaction.letter.answer")).isEqualTo("已处理。");
        assertThatThrownBy(() -> LetterRules.staffText("", 100, "interaction.letter.answer"))
                .hasMessageStartingWith("interaction.letter.answer.required");
        assertThatThrownBy(() -> LetterRules.staffText("x".repeat(101), 100, "interaction.letter.answer"))
                .hasMessageStartingWith("interaction.letter.answer.too-long");
        assertThatThrownBy(() -> LetterRules.staffText("<a href=x>链接</a>", 100, "interaction.letter.answer"))
                .hasMessageStartingWith("interaction.letter.answer.markup");
    }
}
