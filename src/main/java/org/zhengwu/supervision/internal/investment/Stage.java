package org.zhengwu.supervision.internal.investment;

/**
 * Where an investment project stands, in order: 线索 → 洽谈 → 签约 → 注册 → 开工 → 投产. A project only moves forward
 * (skipping a stage is allowed: a lead may be signed at once); label key {@code investment.stage.NAME}.
 */
public enum Stage {
    LEAD, NEGOTIATING, SIGNED, REGISTERED, STARTED, PRODUCING;

    /** 签约 or later: the project counts as signed. */
    public boolean signed() {
        return compareTo(SIGNED) >= 0;
    }

    /** 注册 or later: the investor has acted on the contract (counts for 履约率). */
    public boolean registered() {
        return compareTo(REGISTERED) >= 0;
    }

    /** 开工 or later. */
    public boolean started() {
        return compareTo(STARTED) >= 0;
    }
}
