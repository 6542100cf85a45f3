package org.zhengwu.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengwu.interaction.internal.LetterAccess.allows;

import org.junit.jupiter.api.Test;
import org.zhengwu.interaction.internal.LetterAccess.Action;
import org.zhengwu.platform.security.StaffRole;

class LetterAccessTest {

    private static final Long OURS = 7L;
    private static final Long THEIRS = 8L;

    @Test
    void the_dispatcher_and_supervisors_see_every_letter_and_units_only_their_own() {
        assertThat(allows(StaffRole.DISPATCHER, null, null, Action.VIEW)).isTrue();
        assertThat(allows(StaffRole.SUPERVISOR, null, THEIRS, Action.VIEW)).isTrue();
        assertThat(allows(StaffRole.CASE_HANDLER, OURS, OURS, Action.VIEW)).isTrue();
        assertThat(allows(StaffRole.UNIT_REVIEWER, OURS, OURS, Action.VIEW)).isTrue();
        assertThat(allows(StaffRole.CASE_HANDLER, OURS, THEIRS, Action.VIEW)).isFalse();
        assertThat(allows(StaffRole.UNIT_REVIEWER, OURS, null, Action.VIEW)).isFalse();
    }

    @Test
    void editors_and_administrators_do_not_read_letters() {
        for (StaffRole r : new StaffRole[] {StaffRole.EDITOR, StaffRole.OFFICE_REVIEWER, StaffRole.SECRECY_REVIEWER,
                StaffRole.ADMINISTRATOR, StaffRole.SECURITY_ADMINISTRATOR, StaffRole.AUDIT_ADMINISTRATOR}) {
            for (Action a : Action.values()) {
                assertThat(allows(r, OURS, OURS, a)).as(r + " " + a).isFalse();
            }
        }
    }

    @Test
    void the_handler_answers_and_the_units_leader_reviews() {
        assertThat(allows(StaffRole.CASE_HANDLER, OURS, OURS, Action.ANSWER)).isTrue();
        assertThat(allows(StaffRole.CASE_HANDLER, OURS, OURS, Action.REVIEW)).isFalse();
        assertThat(allows(StaffRole.UNIT_REVIEWER, OURS, OURS, Action.REVIEW)).isTrue();
        assertThat(allows(StaffRole.UNIT_REVIEWER, OURS, OURS, Action.ANSWER)).isFalse();
        assertThat(allows(StaffRole.CASE_HANDLER, OURS, THEIRS, Action.ANSWER)).isFalse();
        assertThat(allows(StaffRole.UNIT_REVIEWER, OURS, THEIRS, Action.REVIEW)).isFalse();
    }

    @Test
    void only_the_dispatcher_assigns_and_refuses_and_only_a_supervisor_decides_extensions() {
        assertThat(allows(StaffRole.DISPATCHER, null, null, Action.ASSIGN)).isTrue();
        assertThat(allows(StaffRole.DISPATCHER, null, null, Action.REFUSE)).isTrue();
        assertThat(allows(StaffRole.SUPERVISOR, null, null, Action.ASSIGN)).isFalse();
        assertThat(allows(StaffRole.SUPERVISOR, null, OURS, Action.DECIDE_EXTENSION)).isTrue();
        assertThat(allows(StaffRole.UNIT_REVIEWER, OURS, OURS, Action.DECIDE_EXTENSION)).isFalse();
    }

    @Test
    void the_owning_unit_transfers_returns_and_asks_for_more_time() {
        for (StaffRole r : new StaffRole[] {StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER}) {
            for (Action a : new Action[] {Action.TRANSFER, Action.NOT_OURS, Action.EXTEND}) {
                assertThat(allows(r, OURS, OURS, a)).as(r + " " + a).isTrue();
                assertThat(allows(r, OURS, THEIRS, a)).as(r + " " + a + " of another unit").isFalse();
            }
        }
        assertThat(allows(StaffRole.DISPATCHER, null, OURS, Action.TRANSFER)).isTrue();
        assertThat(allows(StaffRole.DISPATCHER, null, OURS, Action.NOT_OURS)).isFalse();
    }
}
