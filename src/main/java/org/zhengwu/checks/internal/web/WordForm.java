package org.zhengwu.checks.internal.web;

/** The add-a-word form as typed, kept when it is refused. */
public record WordForm(String kind, String word, String replacement) {

    static WordForm empty() {
        return new WordForm(null, "", "");
    }
}
