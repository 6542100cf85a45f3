package org.zhengwu.services.internal.application;

import org.springframework.core.io.InputStreamSource;

/** A file as the form posted it for one field: its name, its announced size, its bytes. */
public record Upload(String fileName, long size, InputStreamSource content) {
}
