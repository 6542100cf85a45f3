package org.zhengwu.interaction.internal.publication;

import org.zhengwu.interaction.internal.LetterDossier;
import org.zhengwu.platform.RuleViolation;

/**
 * The last guard before publication: whatever the leader edited, the writer's own name, phone number and e-mail
 * address never go on the portal. Other names and numbers are the leader's judgement (a public official's name may
 * stay); these three are known for certain and refused.
 */
final class PersonalTraces {

    private PersonalTraces() {
    }

    /** Refuses with {@code interaction.publication.writer-data} when a confirmed text still carries one. */
    static void refuseWriterData(Texts texts, LetterDossier.Writer writer) {
        if (writer == null) {
            return;
        }
        String all = texts.subject() + "\n" + texts.body() + "\n" + texts.answer();
        String digits = all.replaceAll("[^0-9]", "");
        String phone = writer.phone() == null ? "" : writer.phone().replaceAll("[^0-9]", "");
        boolean name = writer.name() != null && writer.name().strip().length() >= 2 && all.contains(writer.name().strip());
        boolean number = phone.length() >= 7 && digits.contains(phone);
        boolean email = writer.email() != null && !writer.email().isBlank()
                && all.toLowerCase(java.util.Locale.ROOT).contains(writer.email().strip().toLowerCase(java.util.Locale.ROOT));
        if (name || number || email) {
            throw new RuleViolation("interaction.publication.writer-data");
        }
    }
}
