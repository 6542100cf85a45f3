package org.zhengwu.services.internal.application;

/** A stored file of an application: the field (slot) it answers, the round (0 the application, n the n-th 补正). */
public record ApplicationFile(int position, String slot, int round, String fileName, String storedName, String type,
                              long size) {

    public static final String RESULT = "RESULT";
}
