package org.zhengwu.petitions.internal.duty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;

/**
 * A sensitive period's roster as offices file it: sheet 值班表 (each day, each unit: 带班领导, 值班人员, 联系电话, or
 * 未排班) and sheet 缺漏 (each unit: days, days without anyone, which).
 */
final class DutyWorkbook {

    private DutyWorkbook() {
    }

    static byte[] write(DutyRosters.Overview o, List<DutyRosters.Day> days) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            FigureSheet roster = FigureSheet.create(wb, "值班表", List.of("日期", "单位", "带班领导", "值班人员", "联系电话"));
            int i = 1;
            for (DutyRosters.Day d : days) {
                Row row = roster.row(i++, d.day().toString());
                row.createCell(1).setCellValue(d.unitName());
                row.createCell(2).setCellValue(d.gap() ? "未排班" : d.leader());
                row.createCell(3).setCellValue(d.gap() ? "" : d.staff());
                row.createCell(4).setCellValue(d.gap() ? "" : d.phone());
            }
            FigureSheet gaps = FigureSheet.create(wb, "缺漏", List.of("单位", "天数", "未排班天数", "未排班日期"));
            int j = 1;
            for (DutyRosters.UnitGaps u : o.units()) {
                Row row = gaps.row(j++, u.unitName());
                gaps.count(row, 1, u.days());
                gaps.count(row, 2, u.gaps().size());
                row.createCell(3).setCellValue(String.join("、", u.gaps().stream().map(Object::toString).toList()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
