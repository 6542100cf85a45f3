package org.zhengwu.interaction;

import java.util.Optional;

/**
 * Letters published on the portal (公开信件), for the hall's pages and other channels (the Open311 API). Only what the
 * owning unit's leader (单位审核人) confirmed for publication: the redacted subject, text and answer, with personal
 * data removed. Never the original text, never the writer's name, phone, e-mail or address. A letter is here only
 * when its writer agreed to publication, its answer was sent and the leader decided "公开"; a "不公开" decision, a
 * private letter or one still waiting for the decision is simply absent.
 */
public interface PublishedLetters {

    /** A published letter by its tracking number (spaces, hyphens and case do not matter); empty otherwise. */
    Optional<PublishedLetter> byTrackingNumber(String trackingNumber);

    /** Published letters as the filter asks, newest submission first, with the total for paging. */
    PublishedLetterPage list(PublishedLetterFilter filter);
}
