package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.supervision.internal.reporting.ReportForm;
import org.zhengwu.supervision.internal.reporting.ReportForms;

/**
 * A feature's own report form, declared in code (as the stations' monthly report will be), is created on start with
 * its fields and rules, marked as built in, and assignable like any other; declaring it again changes nothing.
 */
@ZhengwuTest
class CodedReportFormsTest {

    @Autowired
    ReportForms forms;

    @Test
    void aFormDeclaredInCodeIsThereOnStartWithItsFieldsAndRules() {
        ReportForm form = forms.all().stream().filter(f -> f.spec().code().equals("test-station-monthly")).findFirst()
                .orElseThrow();
        assertThat(form.inCode()).isTrue();
        assertThat(form.spec().cycle()).isEqualTo(ReportCycle.MONTHLY);
        assertThat(form.spec().fields()).extracting(ReportField::label)
                .containsExactly("快递收件数", "农产品销售额（万元）", "本月是否正常营业");
        assertThat(form.field("open").orElseThrow().choices()).containsExactly("是", "否");
        forms.registerCoded();
        assertThat(forms.all().stream().filter(f -> f.spec().code().equals("test-station-monthly")).count()).isEqualTo(1);
    }
}
