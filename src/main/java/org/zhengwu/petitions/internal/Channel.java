package org.zhengwu.petitions.internal;

/** How a petition came in. */
public enum Channel {
    /** 来信: a letter on paper. */
    LETTER,
    /** 网上信访: a letter of the interaction hall, taken over with one click. */
    ONLINE,
    /** 来访: the petitioner came; the reception clerk enters it. */
    VISIT,
    /** 来电: a phone call. */
    PHONE,
    /** 上级转交: handed down by the level above, with its transfer number. */
    TRANSFER;

    public String labelKey() {
        return "petitions.channel." + name();
    }
}
