package org.zhengwu.supervision.internal.investment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The rows of a project ledger (.xlsx, first sheet, a header row first) as typed fields, by the column mapping the
 * user gave (field → column letter). Everything wrong is collected, each with its row: a file that is not a workbook,
 * a mapping without a required field or with a column used twice, a mapped column whose header names another field,
 * merged cells, formulas. Numbers are read as written; a date cell as its day.
 */
final class LedgerReader {

    private static final DataFormatter TEXT = new DataFormatter();

    /** A data row: its number as Excel shows it and its fields' text. */
    record Line(int row, Map<String, String> typed) {
    }

    private LedgerReader() {
    }

    /** The mapping as typed (field → letter), checked; the problems added. */
    static Map<String, Integer> mapping(Map<String, String> letters, List<InvalidReport.Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<Integer, String> used = new HashMap<>();
        for (String field : ProjectRules.FIELDS) {
            String letter = letters.getOrDefault(field, "").strip();
            if (letter.isEmpty()) {
                if (LedgerLayout.REQUIRED.contains(field)) {
                    problems.add(problem(0, "investment.import.unmapped", label(field)));
                }
                continue;
            }
            int index = LedgerLayout.index(letter);
            if (index < 0) {
                problems.add(problem(0, "investment.import.letter", label(field), letter));
            } else if (used.containsKey(index)) {
                problems.add(problem(0, "investment.import.twice", LedgerLayout.letter(index), label(used.get(index)),
                        label(field)));
            } else {
                used.put(index, field);
                columns.put(field, index);
            }
        }
        return columns;
    }

    static List<Line> read(InputStream in, Map<String, Integer> columns, List<InvalidReport.Problem> problems) {
        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
            if (book.getNumberOfSheets() == 0) {
                problems.add(problem(0, "investment.import.not-xlsx"));
                return List.of();
            }
            Sheet sheet = book.getSheetAt(0);
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                problems.add(problem(merged.getFirstRow() + 1, "investment.import.merged", merged.formatAsString()));
            }
            header(sheet.getRow(sheet.getFirstRowNum()), columns, problems);
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> typed = new HashMap<>();
                boolean any = false;
                for (Map.Entry<String, Integer> c : columns.entrySet()) {
                    String v = cell(row.getCell(c.getValue()), r + 1, c.getKey(), problems);
                    any |= !v.isEmpty();
                    typed.put(c.getKey(), v);
                }
                if (any) {
                    lines.add(new Line(r + 1, typed));
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            problems.add(problem(0, "investment.import.not-xlsx"));
            return List.of();
        }
    }

    private static void header(Row row, Map<String, Integer> columns, List<InvalidReport.Problem> problems) {
        Map<String, String> fieldOfHeader = new HashMap<>();
        LedgerLayout.HEADERS.forEach((f, h) -> fieldOfHeader.put(h, f));
        for (Map.Entry<String, Integer> c : columns.entrySet()) {
            Cell cell = row == null ? null : row.getCell(c.getValue());
            String h = cell == null ? "" : TEXT.formatCellValue(cell).strip();
            String other = fieldOfHeader.get(h);
            if (h.isEmpty()) {
                problems.add(problem(1, "investment.import.no-header", LedgerLayout.letter(c.getValue()),
                        label(c.getKey())));
            } else if (other != null && !other.equals(c.getKey())) {
                problems.add(problem(1, "investment.import.header", LedgerLayout.letter(c.getValue()), h,
                        label(c.getKey())));
            }
        }
    }

    private static String cell(Cell cell, int row, String field, List<InvalidReport.Problem> problems) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(problem(row, "investment.import.formula", label(field)));
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell) || "stageOn".equals(field)
                    && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return TEXT.formatCellValue(cell).strip();
    }

    static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable("investment.field." + field);
    }

    /** A problem of the file (row 0) or of a row. */
    static InvalidReport.Problem problem(int row, String key, Object... args) {
        if (row == 0) {
            return new InvalidReport.Problem(null, key, args);
        }
        return new InvalidReport.Problem(null, "investment.import.row",
                new Object[] {row, new DefaultMessageSourceResolvable(new String[] {key}, args)});
    }
}
