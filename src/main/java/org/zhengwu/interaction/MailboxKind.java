package org.zhengwu.interaction;

/** What a mailbox is for; labels are {@code interaction.mailbox.kind.NAME}. */
public enum MailboxKind {
    /** 市长信箱. */
    MAYOR,
    /** A leader's own mailbox (领导信箱): names the leader. */
    LEADER,
    /** 12345 政务服务便民热线 mailbox; often a shorter time limit. */
    HOTLINE_12345,
    /** 咨询. */
    CONSULTATION,
    /** 投诉. */
    COMPLAINT,
    /** 建议. */
    SUGGESTION;

    /** The default time limit in working days for a new mailbox of this kind. */
    public int defaultAnswerDays() {
        return this == HOTLINE_12345 ? 5 : 15;
    }
}
