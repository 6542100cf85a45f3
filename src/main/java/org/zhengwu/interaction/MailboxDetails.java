package org.zhengwu.interaction;

/**
 * What the administrator enters for a mailbox, as typed: {@link Mailboxes} checks every field and refuses with a
 * {@link org.zhengwu.platform.RuleViolation} whose key names the field ({@code interaction.mailbox.code.*}).
 */
public record MailboxDetails(String code, String name, MailboxKind kind, String description, String leaderName,
                             Long defaultUnitId, int answerDays, int sortOrder) {
}
