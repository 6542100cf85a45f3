package org.zhengwu.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A request the server refuses or could not answer, in words for the person who sent it (simplified Chinese; a page
 * in traditional script converts them): the status, a short title and a sentence on what happened and what to do.
 */
public record Problem(HttpStatus status, String title, String message) {
}
