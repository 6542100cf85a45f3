package org.zhengwu.supervision.internal.stations;

/**
 * Whether a station works: 运营中 (it owes its monthly report), 暂停 (listed, no report owed), 撤销 (off the public
 * list). Label key {@code stations.state.NAME}.
 */
public enum StationState {
    OPERATING("运营中"), SUSPENDED("暂停"), CLOSED("撤销");

    private final String word;

    StationState(String word) {
        this.word = word;
    }

    /** The state in words, for the public page and the ledger. */
    public String word() {
        return word;
    }
}
