package org.zhengwu.sites;

/** A department, township or office of the government; it owns one site. */
public record Unit(long id, String code, String name, UnitKind kind) {
}
