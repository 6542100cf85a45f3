package org.zhengwu.supervision.internal.stations;

/**
 * A station's place in the county's tree (县乡村三级): the county center (县级电商服务中心, the root, one), township
 * stations (乡镇服务站, under the center) and village service points (村级服务点, under a township station). Label key
 * {@code stations.level.NAME}.
 */
public enum Level {
    COUNTY("县级电商服务中心"), TOWNSHIP("乡镇服务站"), VILLAGE("村级服务点");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    /** The level in words, for the public page and the ledger. */
    public String word() {
        return word;
    }

    /** The level a station's parent must have, or null for the center. */
    public Level parentLevel() {
        return switch (this) {
            case COUNTY -> null;
            case TOWNSHIP -> COUNTY;
            case VILLAGE -> TOWNSHIP;
        };
    }
}
