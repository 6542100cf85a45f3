package org.zhengwu.services;

import java.util.Arrays;
import java.util.List;

/** How complete a guide is: the required elements it lacks, in the order of {@link GuideElement}, and a percentage. */
public record Completeness(List<GuideElement> missing) {

    public Completeness {
        missing = List.copyOf(missing);
    }

    public static Completeness of(ServiceGuide guide) {
        return new Completeness(Arrays.stream(GuideElement.values()).filter(e -> !e.presentIn(guide)).toList());
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The share of required elements present, rounded down (so 100 only when nothing is missing). */
    public int percent() {
        int all = GuideElement.values().length;
        return (all - missing.size()) * 100 / all;
    }
}
