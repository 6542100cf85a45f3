package org.zhengwu.interaction.internal.publication;

/** The leader's decision on a letter its writer marked public; labels are {@code interaction.publication.decision.NAME}. */
enum PublicationDecision {
    /** 公开: the confirmed, redacted texts are on the portal. */
    PUBLISHED,
    /** 不公开, with a reason: the letter stays off the portal. */
    WITHHELD
}
