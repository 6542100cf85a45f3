package org.zhengwu.audit.internal.web;

/** What the anchors page says after a check: good news or bad, in words. */
public record AnchorFinding(boolean intact, String message) {
}
