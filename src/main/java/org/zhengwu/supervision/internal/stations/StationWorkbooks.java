package org.zhengwu.supervision.internal.stations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;

/**
 * The county center's two workbooks: the station ledger (台账: every station with its unit, operator, address,
 * coordinates, opening date, services, checklist and state) and the monthly figures (each month's totals, then each
 * station's totals over the range). Numbers are numbers, so a spreadsheet can sum them.
 */
final class StationWorkbooks {

    static final List<String> FIGURE_HEADERS = List.of("交易笔数（笔）", "交易额（万元）", "快递收件（件）", "快递发件（件）",
            "农产品上行销售额（万元）");

    private StationWorkbooks() {
    }

    static byte[] ledger(List<Station> stations, Map<Long, String> unitNames, Map<Long, Integer> checks, int items) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            FigureSheet sheet = FigureSheet.create(wb, "站点台账", List.of("站点名称", "类别", "所属单位", "乡镇", "村",
                    "经营者", "联系电话", "地址", "纬度", "经度", "开业日期", "服务项目", "“十个一”完成", "状态"));
            int i = 1;
            for (Station s : stations) {
                Row r = sheet.row(i++, s.name());
                List<String> cells = new ArrayList<>(List.of(s.level().word(), unitNames.getOrDefault(s.unitId(), ""),
                        s.township(), s.village() == null ? "" : s.village(), s.operatorName(), s.operatorPhone(),
                        s.address()));
                int c = 1;
                for (String v : cells) {
                    r.createCell(c++).setCellValue(v);
                }
                r.createCell(c++).setCellValue(s.latitude().doubleValue());
                r.createCell(c++).setCellValue(s.longitude().doubleValue());
                r.createCell(c++).setCellValue(s.openedOn().toString());
                r.createCell(c++).setCellValue(String.join("、", s.services()));
                r.createCell(c++).setCellValue(checks.getOrDefault(s.id(), 0) + "/" + items);
                r.createCell(c).setCellValue(s.state().word());
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] figures(StationReports.Board board) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            List<String> headers = new ArrayList<>(List.of("月份"));
            headers.addAll(FIGURE_HEADERS);
            rows(FigureSheet.create(wb, "月度汇总", headers), board.trend(), board.total());
            headers.set(0, "站点");
            rows(FigureSheet.create(wb, "各站点合计", headers), board.byStation(), board.total());
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(FigureSheet sheet, List<StationReports.Totals> rows, StationReports.Totals total) {
        int i = 1;
        for (StationReports.Totals t : rows) {
            Row r = sheet.row(i++, t.label());
            figures(r, t);
        }
        figures(sheet.row(i, total.label()), total);
    }

    private static void figures(Row r, StationReports.Totals t) {
        int c = 1;
        for (String key : StationReportForm.FIGURES) {
            BigDecimal v = t.sum(key);
            r.createCell(c++).setCellValue(v.doubleValue());
        }
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
