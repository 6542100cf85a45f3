package org.zhengwu.checks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwu.checks.internal.PersonalData.Hit;
import org.zhengwu.checks.internal.PersonalData.Kind;

class PersonalDataTest {

    /** GB 11643's own example number; its check character is X. */
    static final String ID = "11010519491231002X";

    @Test
    void anIdNumberWithItsRightCheckCharacterIsValid() {
        assertThat(PersonalData.validIdNumber(ID)).isTrue();
        assertThat(PersonalData.validIdNumber("11010519491231002x")).isTrue();
        assertThat(PersonalData.validIdNumber("110101199003074514")).isTrue();
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterIsNot() {
        assertThat(PersonalData.validIdNumber("110105194912310021")).isFalse();
        assertThat(PersonalData.validIdNumber("110101199003074515")).isFalse();
    }

    @Test
    void anIdNumberNeedsAKnownProvinceAndARealBirthDate() {
        // same digits rearranged to an unknown province (99) or an impossible date (February 30th) fail
        assertThat(PersonalData.validIdNumber(withCheck("99010519491231002"))).isFalse();
        assertThat(PersonalData.validIdNumber(withCheck("11010519490230002"))).isFalse();
        assertThat(PersonalData.validIdNumber(withCheck("11010530000101002"))).isFalse(); // born in the future
        assertThat(PersonalData.validIdNumber(withCheck("11010519490228002"))).isTrue();
    }

    @Test
    void theOldFifteenDigitFormNeedsAProvinceAndADate() {
        assertThat(PersonalData.validIdNumber("110105491231002")).isTrue();
        assertThat(PersonalData.validIdNumber("110105491331002")).isFalse();
    }

    @Test
    void luhnAcceptsRealCardNumbersAndRefusesOneWrongDigit() {
        assertThat(PersonalData.luhn("6222021234567890128")).isTrue();
        assertThat(PersonalData.luhn("4111111111111111")).isTrue();
        assertThat(PersonalData.luhn("4111111111111112")).isFalse();
        assertThat(PersonalData.luhn("")).isFalse();
    }

    @Test
    void findsEachKindAtItsExactPlace() {
        String text = "联系人张三，身份证" + ID + "，手机13812345678，卡号6222 0212 3456 7890 128。";
        List<Hit> hits = PersonalData.find(text);
        assertThat(hits).extracting(Hit::kind).containsExactly(Kind.ID_NUMBER, Kind.MOBILE_NUMBER, Kind.BANK_CARD);
        assertThat(text.substring(hits.get(0).start(), hits.get(0).end())).isEqualTo(ID);
        assertThat(text.substring(hits.get(1).start(), hits.get(1).end())).isEqualTo("13812345678");
        assertThat(text.substring(hits.get(2).start(), hits.get(2).end())).isEqualTo("6222 0212 3456 7890 128");
    }

    @Test
    void aMobileNumberMayBeWrittenInGroupsOrWithTheCountryCode() {
        assertThat(kinds("电话138-1234-5678")).containsExactly(Kind.MOBILE_NUMBER);
        assertThat(kinds("电话138 1234 5678")).containsExactly(Kind.MOBILE_NUMBER);
        assertThat(kinds("电话+86 13812345678")).containsExactly(Kind.MOBILE_NUMBER);
    }

    @Test
    void aMobileNumberInsideALongerNumberIsNotOne() {
        assertThat(kinds("编号213812345678")).isEmpty();
        assertThat(kinds("编号138123456789")).isEmpty();
        assertThat(kinds("座机0531-86123456，投资12345678901元")).isEmpty();
    }

    @Test
    void aValidIdNumberIsNotAlsoReportedAsABankCard() {
        assertThat(kinds("110101199003074514")).containsExactly(Kind.ID_NUMBER);
    }

    @Test
    void numbersThatFailTheChecksAreNotReported() {
        assertThat(kinds("文号110105194912310021，流水号4111111111111112，0000000000000000")).isEmpty();
    }

    private static List<Kind> kinds(String text) {
        return PersonalData.find(text).stream().map(Hit::kind).toList();
    }

    private static String withCheck(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * w[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
