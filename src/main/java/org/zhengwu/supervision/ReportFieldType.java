package org.zhengwu.supervision;

/**
 * The kinds of a report form's fields: free text, a number (counts, 件), an amount of money (万元, two decimals), a
 * date, one of a list of choices. Numbers and amounts are summed and averaged across units and periods. Label key
 * {@code reporting.field.type.NAME}.
 */
public enum ReportFieldType {
    TEXT, NUMBER, AMOUNT, DATE, CHOICE;

    /** Whether the field is a figure that aggregates (sum, average). */
    public boolean figure() {
        return this == NUMBER || this == AMOUNT;
    }
}
