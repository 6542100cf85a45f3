package org.zhengwu.supervision;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A feature's report form declared in code, as the rural e-commerce stations' monthly report will be: a bean of the
 * shared test context, read by the reporting mechanism on start ({@link CodedReportFormsTest}).
 */
@Component
public class StationFormsInCode implements CodedReportForms {

    @Override
    public List<ReportFormSpec> reportForms() {
        return List.of(new ReportFormSpec("test-station-monthly", "电商服务站点月报", ReportCycle.MONTHLY, 5,
                List.of(ReportField.number("parcels-in", "快递收件数", true, 0, null),
                        ReportField.amount("sales", "农产品销售额（万元）", true),
                        ReportField.choice("open", "本月是否正常营业", true, List.of("是", "否")))));
    }
}
