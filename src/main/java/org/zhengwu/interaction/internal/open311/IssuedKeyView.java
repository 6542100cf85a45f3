package org.zhengwu.interaction.internal.open311;

/** A key just issued, for the one page that shows it: the name it was issued to and the key itself. */
public record IssuedKeyView(String name, String secret) {
}
