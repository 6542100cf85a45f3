package org.zhengwu.interaction;

import java.util.List;
import java.util.Optional;

/**
 * Letters for other modules and channels (the Open311 API). Staff work on letters in the console; citizens in the
 * hall. Nothing here returns the writer's name, phone, e-mail or network address.
 */
public interface Letters {

    /** The case type of letters on the case engine, for figures through {@code cases.CaseFigures}. */
    String CASE_TYPE = "letter";

    /**
     * Stores a letter and opens its case (routed to the mailbox's unit when the mailbox has one, else left with the
     * dispatcher), in one transaction. The same checks as the hall's form: an enabled mailbox; name (at most 50
     * characters), a Chinese mobile or landline number, an optional e-mail address, subject (at most 100) and text
     * (at most 5,000) in plain text without markup or control characters; at most 3 attachments of 10 MB, PDF, JPEG,
     * PNG, DOCX or XLSX by their bytes. Anti-abuse checks (form token, throttle) are the channel's job.
     *
     * @throws InvalidLetter with every problem found; nothing is stored
     */
    LetterReceipt submit(NewLetter letter);

    /** The public status of a letter by its tracking number (spaces, hyphens and case do not matter). */
    Optional<LetterStatus> status(String trackingNumber);

    /** Letters by mailbox, state and day of submission, newest first. */
    List<LetterSummary> list(LetterFilter filter);

    /**
     * Every letter never answered (with the dispatcher, with a unit, or its first answer in review) that came in on or
     * before this day (China Standard Time), oldest first: what the supervision center counts against the sites.
     */
    List<LetterSummary> unansweredSubmittedBy(java.time.LocalDate lastDay);
}
