package org.zhengwu.interaction.internal.web;

import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;

/** The mailbox form as typed. */
public record MailboxForm(String code, String name, String kind, String description, String leaderName,
                          String defaultUnitId, String answerDays, String sortOrder) {

    public static MailboxForm empty() {
        return new MailboxForm("", "", MailboxKind.CONSULTATION.name(), "", "", "",
                String.valueOf(MailboxKind.CONSULTATION.defaultAnswerDays()), "100");
    }

    public static MailboxForm of(Mailbox m) {
        return new MailboxForm(m.code(), m.name(), m.kind().name(), m.description(),
                m.leaderName() == null ? "" : m.leaderName(), m.defaultUnitId() == null ? "" : String.valueOf(m.defaultUnitId()),
                String.valueOf(m.answerDays()), String.valueOf(m.sortOrder()));
    }

    /** The details to check; what cannot be read as a number becomes a value the rules refuse. */
    MailboxDetails details() {
        MailboxKind k;
        try {
            k = MailboxKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            k = null;
        }
        Long unit = number(defaultUnitId);
        Long days = number(answerDays);
        Long order = number(sortOrder);
        return new MailboxDetails(code, name, k, description, leaderName, unit,
                days == null || days > Integer.MAX_VALUE || days < 0 ? -1 : days.intValue(),
                order == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, order)));
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
