package org.zhengwu.interaction;

/**
 * A mailbox of the interaction hall.
 *
 * @param code          stable, lower-case, part of the write form's address ({@code /hdjl/write/mayor})
 * @param leaderName    the leader's name, for {@link MailboxKind#LEADER} only
 * @param defaultUnitId the routing rule: letters go straight to this unit; null means the dispatcher assigns them
 * @param answerDays    the time limit in working days, counted on the working-day calendar
 */
public record Mailbox(long id, String code, String name, MailboxKind kind, String description, String leaderName,
                      Long defaultUnitId, int answerDays, boolean enabled, int sortOrder) {
}
