package org.zhengwu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void everyBracketFormAndSpacingBecomesTheOneForm() {
        assertThat(DocumentNumbers.normalise("根据国办发[2017]47号文件")).isEqualTo("根据国办发〔2017〕47号文件");
        assertThat(DocumentNumbers.normalise("国办发（2017）47号")).isEqualTo("国办发〔2017〕47号");
        assertThat(DocumentNumbers.normalise("国办发 【 2017 】 47 号")).isEqualTo("国办发〔2017〕47号");
        assertThat(DocumentNumbers.normalise("编号:(2017)47号")).as("no issuer, no 文号").isEqualTo("编号:(2017)47号");
    }

    @Test
    void eachTailOfTheIssuerIsAnIndexTerm() {
        assertThat(DocumentNumbers.indexTerms("根据国办发〔2017〕047号和清政发(2024)3号"))
                .contains("国办发〔2017〕47号", "办发〔2017〕47号", "清政发〔2024〕3号", "政发〔2024〕3号");
    }

    @Test
    void aQueryTypedWithSpacesIsOneNumberAndTheRestStaysWords() {
        DocumentNumbers.Match m = DocumentNumbers.in("国办发 〔2017〕 47 号 通知");
        assertThat(m.term()).isEqualTo("国办发〔2017〕47号");
        assertThat(m.rest()).isEqualTo("通知");
        assertThat(DocumentNumbers.in("营商环境")).isNull();
    }
}
