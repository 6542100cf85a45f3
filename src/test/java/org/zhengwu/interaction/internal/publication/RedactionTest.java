package org.zhengwu.interaction.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redaction on real-looking letters: what is masked, how it reads, and what is kept. */
class RedactionTest {

    private static final String LETTER = """
            尊敬的市长：我叫王秀英，家住清河市东风路128号幸福小区3栋2单元501室，手机13812345678，座机0531-87654321，\
            身份证号110101199003071233。我们小区楼下的路灯坏了三个月，秀英我多次反映无果。邮箱wangxy88@example.com。""";

    private static String redact(String text, String writer) {
        return Redaction.redact(text, writer).text();
    }

    @Test
    void theWritersNameAndGivenNameAreMaskedKeepingTheSurname() {
        String out = redact(LETTER, "王秀英");
        assertThat(out).doesNotContain("王秀英").doesNotContain("秀英").contains("我叫王**，");
    }

    @Test
    void phoneNumbersIdNumbersAndEmailAddressesGetReadableMasks() {
        String out = redact(LETTER, "王秀英");
        assertThat(out).contains("手机138****5678").contains("座机0531-****4321")
                .contains("身份证号110***********1233").contains("邮箱w***@example.com")
                .doesNotContain("13812345678").doesNotContain("87654321").doesNotContain("110101199003071233")
                .doesNotContain("wangxy88");
    }

    @Test
    void aDetailedAddressKeepsTheCityAndMasksRoadEstateAndNumbers() {
        String out = redact(LETTER, "王秀英");
        assertThat(out).contains("家住清河市**路**号**小区**栋**单元**室，")
                .doesNotContain("东风路").doesNotContain("128").doesNotContain("幸福小区").doesNotContain("501");
    }

    @Test
    void aVillageGroupIsMaskedButAVillageNamedWithoutNumberStays() {
        String out = redact("我是张庄村三组村民，反映张庄村的道路坑洼不平。", null);
        assertThat(out).contains("我是**村**组村民").contains("反映张庄村的道路");
    }

    @Test
    void namesIntroducedOrAddressedAreMaskedByPatternAndByHanlp() {
        String out = redact("本人李建国，反映我村张大山同志占用耕地。姓名：孙丽华。我叫欧阳娜娜，是他的邻居。", "李建国");
        assertThat(out).contains("本人李**，").contains("张**同志").contains("姓名：孙**。").contains("我叫欧阳**，")
                .doesNotContain("建国").doesNotContain("大山").doesNotContain("丽华").doesNotContain("娜娜");
    }

    @Test
    void ordinaryWordsStartingWithASurnameCharacterAreNeverTakenForNames() {
        String parking = "请问城区公共停车场现在的收费标准是多少？晚上和节假日是否免费？新能源车有没有优惠？";
        String school = "报名时需准备：儿童户口簿、出生医学证明、监护人身份证、房产证明或租赁证明。";
        assertThat(redact(parking, "李卫东")).isEqualTo(parking);
        assertThat(redact(school, "陈静")).isEqualTo(school);
        assertThat(redact("据马志强介绍，房东杜宏伟不退押金，校长曹正答应开学前修好操场。", null))
                .isEqualTo("据马**介绍，房东杜**不退押金，校长曹**答应开学前修好操场。");
    }

    @Test
    void theWritersGivenNameStaysWhereItIsPartOfAWord() {
        assertThat(redact("我叫宋国庆，国庆这个名字是因为我国庆节出生。", "宋国庆"))
                .isEqualTo("我叫宋**，**这个名字是因为我国庆节出生。");
    }

    @Test
    void aSurnameWithATitleNamesNobodyAndStays() {
        String out = redact("请转告刘先生，联系人：王主任。市住建局已联系陈女士。", null);
        assertThat(out).isEqualTo("请转告刘先生，联系人：王主任。市住建局已联系陈女士。");
    }

    @Test
    void anAnswerKeepsDocumentNumbersDatesAmountsAndTheHotline() {
        String answer = "您好！经市城管局核实，根据国办发〔2017〕47号文件，我局已于2024年3月5日完成更换，补助500元，"
                + "共计1,280.50元。如有疑问，请拨打12345市民服务热线。东风路的路灯已恢复照明。";
        assertThat(redact(answer, "王秀英")).isEqualTo(answer);
        assertThat(Redaction.redact(answer, "王秀英").masks()).isEmpty();
    }

    @Test
    void licencePlatesAndBankCardsAreMasked() {
        String out = redact("我的车牌鲁B12345被刮，新能源车牌京AD12345也是，赔偿打到卡号6222020000000000000。", null);
        assertThat(out).contains("车牌鲁B*****被刮").contains("京A*****也是").contains("卡号6222 **** **** 0000")
                .doesNotContain("12345");
    }

    @Test
    void aMobileNumberWrittenInGroupsOrWithTheCountryCodeIsMasked() {
        assertThat(redact("电话138-1234-5678或+86 139 8765 4321", null)).isEqualTo("电话138****5678或139****4321");
    }

    @Test
    void aLocalLandlineWithoutAreaCodeIsMaskedWhereItIsCalledAPhone() {
        assertThat(redact("联系电话：8765432，办公室在三楼。", null)).isEqualTo("联系电话：***5432，办公室在三楼。");
    }

    @Test
    void masksAreReportedWhereTheyStandInTheRedactedText() {
        Redaction.Redacted r = Redaction.redact("我叫王秀英，手机13812345678。", "王秀英");
        assertThat(r.masks()).extracting(m -> r.text().substring(m.start(), m.end()))
                .containsExactly("王**", "138****5678");
        assertThat(r.masks()).extracting(Redaction.Mask::kind)
                .containsExactly(Redaction.Kind.NAME, Redaction.Kind.MOBILE);
    }

    @Test
    void theSameNameInSubjectAndTextIsMaskedTheSameWay() {
        assertThat(redact("王秀英反映路灯问题", "王秀英")).isEqualTo("王**反映路灯问题");
    }

    @Test
    void anEmptyTextStaysEmpty() {
        assertThat(redact("", "王秀英")).isEmpty();
        assertThat(redact(null, "王秀英")).isEmpty();
    }
}
