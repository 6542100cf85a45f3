package org.zhengwu.petitions.internal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.LetterLink;
import org.zhengwu.interaction.LetterLinks;
import org.zhengwu.petitions.internal.PetitionLetters;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * On a hall letter's console page: the button 转为信访件 for the dispatcher, or — once taken over — the petition's
 * reference, a link for those who may see petitions.
 */
@Component
class LetterToPetition implements LetterLinks {

    private final PetitionLetters letters;
    private final UnitScope scope;
    private final org.springframework.context.MessageSource messages;

    LetterToPetition(PetitionLetters letters, UnitScope scope, org.springframework.context.MessageSource messages) {
        this.letters = letters;
        this.scope = scope;
        this.messages = messages;
    }

    @Override
    public List<LetterLink> forLetter(String trackingNumber) {
        StaffRole role = scope.current().map(p -> p.role()).orElse(null);
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return letters.petitionOf(trackingNumber)
                .map(ref -> List.of(new LetterLink(messages.getMessage("petitions.letter.linked", new Object[]{ref},
                        locale), letters.maySee(ref) ? PetitionsController.BASE + "/" + ref : null, false)))
                .orElseGet(() -> role == StaffRole.DISPATCHER
                        ? List.of(new LetterLink(messages.getMessage("petitions.letter.take-over", null, locale),
                        PetitionsController.BASE + "/from-letter/" + trackingNumber, true))
                        : List.of());
    }
}
