package org.zhengwu.services.internal.application;

/**
 * The demo's 好差评, given by the rating package (which depends on this one, not the other way round): a finished
 * application rated 非常满意, another rated 不满意 with its rectification closed by a return visit.
 */
public interface SampleRatings {

    /** @param good a finished application's number; {@code bad} another's */
    void rate(String good, String bad);
}
