package org.zhengwu.services.internal.application;

/** What a form field takes. Label key {@code service.field.type.NAME}. */
public enum FieldType {
    TEXT, NUMBER, DATE, CHOICE, ID_CARD, MOBILE, ADDRESS, ATTACHMENT;

    /** Whether its values are personal data (they are encrypted like every answer, and never shown in lists). */
    public boolean personal() {
        return this == ID_CARD || this == MOBILE || this == ADDRESS;
    }
}
