package org.zhengwu.services;

/**
 * One material an applicant brings (申请材料). A conditional material ({@code required} false) names when it is
 * needed; {@code blankForm} and {@code sample} are addresses of published files (空白表格, 填写样例), empty if none.
 */
public record Material(String name, Form form, int copies, Medium medium, boolean required, String neededWhen,
                       String blankForm, String sample) {

    public Material {
        name = strip(name);
        neededWhen = strip(neededWhen);
        blankForm = strip(blankForm);
        sample = strip(sample);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** 原件, 复印件 or both. Label key {@code service.material.form.NAME}. */
    public enum Form { ORIGINAL, COPY, BOTH }

    /** 纸质, 电子 or both. Label key {@code service.material.medium.NAME}. */
    public enum Medium { PAPER, ELECTRONIC, BOTH }
}
