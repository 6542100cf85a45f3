package org.zhengwu.interaction.internal.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The responses of a survey as an .xlsx workbook, a row per response and a column per question (the chosen options'
 * text, joined by "；", or the written answer), written with POI's streaming SXSSF so that a survey with a hundred
 * thousand responses needs no more memory than one with ten.
 */
final class SurveyWorkbook implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Excel keeps at most this many characters in a cell. */
    private static final int MAX_CELL = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final List<Question> questions;
    private final Map<Long, String> labels = new HashMap<>();
    private int rows;

    /**
     * @param sheetName the sheet's name
     * @param fixed the headers of the response's number and time
     * @param questionHeader the header of each question's column
     */
    SurveyWorkbook(String sheetName, List<String> fixed, List<Question> questions, List<String> questionHeader) {
        this.sheet = workbook.createSheet(sheetName);
        this.questions = questions;
        questions.forEach(q -> q.choices().forEach(c -> labels.put(c.id(), c.label())));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        List<String> headers = new ArrayList<>(fixed);
        headers.addAll(questionHeader);
        Row header = sheet.createRow(rows++);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(SurveyStore.StoredResponse r) {
        Row row = sheet.createRow(rows++);
        row.createCell(0).setCellValue(r.id());
        row.createCell(1).setCellValue(r.submittedAt().atZoneSameInstant(CHINA).format(TIME));
        Map<Long, List<String>> byQuestion = new LinkedHashMap<>();
        for (AnswerSheet.Answer a : r.answers()) {
            byQuestion.computeIfAbsent(a.questionId(), k -> new ArrayList<>())
                    .add(a.optionId() != null ? labels.getOrDefault(a.optionId(), "") : a.text());
        }
        for (int i = 0; i < questions.size(); i++) {
            List<String> values = byQuestion.get(questions.get(i).id());
            if (values != null) {
                String text = String.join("；", values);
                // a text starting with = + - @ is written as text, never as a formula
                row.createCell(2 + i).setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
            }
        }
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
