package org.zhengwu.platform.text;

/**
 * Converts between simplified and traditional Chinese at the phrase level (后台/後台, 头发/頭髮), so the published
 * zh-Hant mirror and search use one dictionary. Text that is not Chinese passes through unchanged.
 */
public interface ChineseScript {

    String toTraditional(String simplified);

    String toSimplified(String traditional);
}
