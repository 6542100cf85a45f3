package org.zhengwu.publishing.internal;

import org.zhengwu.publishing.RebuildProgress;

/**
 * The publishing console page: the rebuild (progress or last result) and the grey-mode form.
 *
 * @param mode start end what the grey-mode form shows (the saved values, or what the user typed when it was refused)
 */
public record ConsoleView(RebuildProgress progress, String progressText, String lastText, String greyState,
                          String mode, String start, String end, String greyError) {

    public boolean running() {
        return progress.running();
    }
}
