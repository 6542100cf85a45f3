package org.zhengwu.petitions.internal.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;

/**
 * A round as offices file it: sheet 报送情况 (every unit: reported or not, nil, late, disputes by risk) and sheet
 * 矛盾纠纷 (every reported dispute with its unit, parties, place, risk, measures and state), words for every state.
 */
final class ScreeningWorkbook {

    private ScreeningWorkbook() {
    }

    static byte[] write(ScreeningRounds.Overview o, LongFunction<String> unitName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            FigureSheet units = FigureSheet.create(wb, "报送情况", List.of("单位", "报送情况", "报送时间", "高风险",
                    "中风险", "低风险"));
            int i = 1;
            for (ScreeningRounds.UnitLine u : o.units()) {
                Row row = units.row(i++, u.unitName());
                row.createCell(1).setCellValue(status(u));
                row.createCell(2).setCellValue(u.submittedAt() == null ? "" : u.submittedAt().toLocalDate().toString());
                units.count(row, 3, u.byRisk().get(Risk.HIGH));
                units.count(row, 4, u.byRisk().get(Risk.MEDIUM));
                units.count(row, 5, u.byRisk().get(Risk.LOW));
            }
            Row total = units.row(i, "合计（已报 " + o.reported() + "／" + o.units().size() + "，零报告 " + o.nil() + "）");
            units.count(total, 3, o.byRisk().get(Risk.HIGH));
            units.count(total, 4, o.byRisk().get(Risk.MEDIUM));
            units.count(total, 5, o.byRisk().get(Risk.LOW));

            FigureSheet disputes = FigureSheet.create(wb, "矛盾纠纷", List.of("单位", "矛盾纠纷", "当事人", "地点",
                    "风险等级", "化解措施", "状态"));
            int j = 1;
            for (ScreeningRounds.DisputeView d : o.disputes()) {
                Row row = disputes.row(j++, unitName.apply(d.unitId()));
                row.createCell(1).setCellValue(d.matter());
                row.createCell(2).setCellValue(d.parties());
                row.createCell(3).setCellValue(d.place());
                row.createCell(4).setCellValue(risk(d.risk()));
                row.createCell(5).setCellValue(d.measures());
                row.createCell(6).setCellValue(state(d.state()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String status(ScreeningRounds.UnitLine u) {
        if (!u.reported()) {
            return u.overdue() ? "逾期未报" : "未报送";
        }
        return (u.nil() ? "零报告（无矛盾纠纷）" : "已报送") + (u.late() ? "，逾期" : "");
    }

    private static String risk(Risk r) {
        return switch (r) {
            case HIGH -> "高";
            case MEDIUM -> "中";
            case LOW -> "低";
        };
    }

    private static String state(DisputeState s) {
        return switch (s) {
            case RESOLVED -> "已化解";
            case RESOLVING -> "化解中";
            case CONTROLLED -> "稳控中";
        };
    }
}
