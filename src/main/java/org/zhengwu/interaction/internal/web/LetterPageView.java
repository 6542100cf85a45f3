package org.zhengwu.interaction.internal.web;

import java.util.List;
import java.util.Map;
import org.zhengwu.interaction.internal.LetterDossier;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.sites.Unit;

/**
 * The console's page of one letter: the letter, the writer (for those who may see them), the answer, the history,
 * and the forms the signed-in person may use in the letter's state. A refused form comes back with its message
 * ({@code failed} names the form) and what was typed.
 */
public record LetterPageView(LetterDossier d, String unitName, boolean overdue, Map<Long, String> unitNames,
                             List<Unit> units, Actions may, String failed, FormError error, Map<String, String> typed) {

    /** The forms shown. */
    public record Actions(boolean assign, boolean refuse, boolean answer, boolean review, boolean transfer,
                          boolean notOurs, boolean extend, boolean decideExtension) {

        public boolean any() {
            return assign || refuse || answer || review || transfer || notOurs || extend || decideExtension;
        }

        /** Whether the page shows this form (named as in {@link LetterPageView#failed}). */
        public boolean shows(String form) {
            return switch (form) {
                case "assign" -> assign;
                case "refuse" -> refuse;
                case "answer" -> answer;
                case "review" -> review;
                case "transfer" -> transfer;
                case "not-ours" -> notOurs;
                case "extension" -> extend;
                case "decision" -> decideExtension;
                default -> false;
            };
        }
    }

    public String typed(String name) {
        return typed.getOrDefault(name, "");
    }

    public String unit(Long id) {
        return id == null ? "" : unitNames.getOrDefault(id, "#" + id);
    }

    /**
     * A refusal of a form the page no longer shows (the letter moved on meanwhile, or the step was never offered):
     * it is shown at the top.
     */
    public FormError pageError() {
        return failed != null && !may.shows(failed) ? error : null;
    }

    /** The refusal of this form, if it was the one refused. */
    public FormError errorOf(String form) {
        return form.equals(failed) ? error : null;
    }
}
