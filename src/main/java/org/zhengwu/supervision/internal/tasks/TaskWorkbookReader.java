package org.zhengwu.supervision.internal.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The rows of a task decomposition workbook (.xlsx, first sheet) as text cells for {@link TaskRows}. Refused as a
 * whole, with the place named: a file that is not a workbook, a header other than the ledger's columns, merged cells
 * (which hide which row a value belongs to), formulas (whose value the file may not hold, or may change).
 */
final class TaskWorkbookReader {

    private static final DataFormatter TEXT = new DataFormatter();

    private TaskWorkbookReader() {
    }

    static List<TaskRows.Row> read(InputStream in) {
        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
            if (book.getNumberOfSheets() == 0) {
                throw refuse(0, "tasks.import.not-xlsx");
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getNumMergedRegions() > 0) {
                CellRangeAddress merged = sheet.getMergedRegion(0);
                throw refuse(merged.getFirstRow() + 1, "tasks.import.merged", merged.formatAsString());
            }
            List<InvalidReport.Problem> problems = new ArrayList<>();
            header(sheet.getRow(sheet.getFirstRowNum()), problems);
            List<TaskRows.Row> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                boolean any = false;
                int width = row == null ? 0 : Math.max(row.getLastCellNum(), 6);
                for (int c = 0; c < width && c < TaskRows.HEADER.size() + 1; c++) {
                    String v = cell(row.getCell(c), r + 1, c, problems);
                    any |= !v.isEmpty();
                    cells.add(v);
                }
                while (cells.size() > 6 && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (any) {
                    rows.add(new TaskRows.Row(r + 1, cells));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidReport(problems);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidReport bad) {
                throw bad;
            }
            throw refuse(0, "tasks.import.not-xlsx");
        }
    }

    private static void header(Row row, List<InvalidReport.Problem> problems) {
        List<String> found = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            found.add(cell == null ? "" : TEXT.formatCellValue(cell).strip());
        }
        while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
            found.remove(found.size() - 1);
        }
        if (!found.equals(TaskRows.HEADER.subList(0, 6)) && !found.equals(TaskRows.HEADER)) {
            problems.add(TaskRows.problem(1, "tasks.import.header", String.join("、", found)));
        }
    }

    private static String cell(Cell cell, int rowNumber, int column, List<InvalidReport.Problem> problems) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(TaskRows.problem(rowNumber, "tasks.import.formula", TaskRows.HEADER.get(
                    Math.min(column, TaskRows.HEADER.size() - 1))));
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
            return d.toString();
        }
        return TEXT.formatCellValue(cell).strip();
    }

    private static InvalidReport refuse(int row, String key, Object... more) {
        return new InvalidReport(List.of(TaskRows.problem(row, key, more)));
    }
}
