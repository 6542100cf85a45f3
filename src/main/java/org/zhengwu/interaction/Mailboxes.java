package org.zhengwu.interaction;

import java.util.List;
import java.util.Optional;

/**
 * The hall's mailboxes. Reading is open to every module; changes are the system administrator's (系统管理员) or the
 * system's own (the demo), each audited in its transaction. A mailbox is never deleted, only disabled: its letters
 * keep pointing to it.
 */
public interface Mailboxes {

    /** The enabled mailboxes in their order: what the hall offers to write to. */
    List<Mailbox> enabled();

    /** Every mailbox, disabled ones too, in their order. */
    List<Mailbox> all();

    Optional<Mailbox> byCode(String code);

    Optional<Mailbox> byId(long id);

    Mailbox create(MailboxDetails details);

    /** Changes a mailbox; its code stays what it was (letters and addresses use it). */
    Mailbox update(long id, MailboxDetails details);

    Mailbox setEnabled(long id, boolean enabled);
}
