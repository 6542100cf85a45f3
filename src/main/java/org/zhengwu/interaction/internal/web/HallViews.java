package org.zhengwu.interaction.internal.web;

import org.zhengwu.platform.web.FormProblems;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.Mailbox;

/** What the hall's public pages show. */
public final class HallViews {

    private HallViews() {
    }

    /** The hall's first page: the mailboxes to write to. */
    public record Index(List<Mailbox> mailboxes) {
    }

    /** The write form of one mailbox, fresh or refused. */
    public record Write(Mailbox mailbox, LetterForm form, FormProblems problems, String token, int maxName,
                        int maxSubject, int maxText, int maxFiles, long maxFileMegabytes, String fileTypes) {
    }

    /** The receipt, or null when it was shown already (it is shown once). */
    public record Receipt(LetterReceipt receipt) {
    }

    /** The look-up form. */
    public record Query(String number, String message) {
    }

    /** A page that says something went wrong (a mailbox that does not exist). */
    public record Problem(String title, String message) {
    }

    /** One step of the progress as the writer sees it. */
    public record ProgressStep(OffsetDateTime at, String text) {
    }

    /** One answer sent, with its rating if given. */
    public record Answer(int round, String unitName, OffsetDateTime at, String text, String ratingKey, String comment) {
    }

    /** The writer's view of their letter. */
    public record Progress(String trackingNumber, String mailboxName, String subject, String text,
                           List<String> attachmentNames, OffsetDateTime submittedAt, String stateKey, String unitName,
                           LocalDate deadline, List<ProgressStep> steps, List<Answer> answers, String refusalKey,
                           String refusalReason, boolean mayRate, boolean mayReopen, String notice,
                           FormProblems problems, int maxComment, String ratingToken, String sentRating,
                           String sentComment) {
    }
}
