package org.zhengwu.platform.abuse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * The public forms' anti-abuse check that needs no picture puzzle, so it works with a screen reader and for the
 * elderly: every form carries a signed token with the time it was served ({@link #TOKEN_FIELD}) and a trap field
 * ({@link #TRAP_FIELD}) that people never see or hear and simple robots fill in. A submission is refused when the
 * token is forged or for another form, when it comes back faster than a person can type, when it is older than
 * a working day, or when the trap is filled. Floods from one address are {@link SubmissionThrottle}'s job.
 *
 * <p>How fast is too fast (issue 12: a letter refused "too fast" after 4 s of typing). The cause was not the limit but
 * the form shown again: after any refusal (a missing phone number, say) the form came back with a fresh token, so
 * the person who fixed one field and sent it again within 3 s was refused, however long they had been writing.
 * A form shown again now keeps its token ({@link #carryOver}), so the time counts from the first time it was
 * served. The limit itself is set by what people do: typing a letter takes minutes, but pasting a prepared one is
 * normal, and a person who pastes subject and text, lets the browser fill name and phone and presses 提交 needs
 * about 2 s at the very least (the browser test {@code LetterFormBrowserTest} does exactly that). A robot that
 * fetches the form and posts it back does so within a fraction of a second. The default of 1.5 s lies between;
 * it only holds a robot back briefly, which is all it can do: the throttle and the trap do the rest.
 */
@Component
public class FormGuard {

    /** The hidden field that carries the token. */
    public static final String TOKEN_FIELD = "_form";
    /**
     * The trap field. Render it inside an element that is hidden from view and from assistive technology
     * ({@code hidden} attribute or {@code aria-hidden="true"} with {@code display:none}), with {@code tabindex="-1"}
     * and {@code autocomplete="off"}.
     */
    public static final String TRAP_FIELD = "homepage";

    /** Why a submission was refused; each has a message key {@code abuse.verdict.NAME} in the platform bundle. */
    public enum Verdict {
        PASSED, MISSING, FORGED, TOO_FAST, EXPIRED, TRAPPED;

        public boolean passed() {
            return this == PASSED;
        }

        public String messageKey() {
            return "abuse.verdict." + name();
        }
    }

    private final byte[] key;
    private final Clock clock;
    private final Duration minimumFillTime;
    private final Duration lifetime;

    @Autowired
    FormGuard(FieldCipher cipher, Clock clock,
              @Value("${zhengwu.abuse.minimum-fill-time:PT1.5S}") Duration minimumFillTime,
              @Value("${zhengwu.abuse.form-lifetime:PT12H}") Duration lifetime) {
        this(cipher.signingKey("zhengwu form guard"), clock, minimumFillTime, lifetime);
    }

    public FormGuard(byte[] key, Clock clock, Duration minimumFillTime, Duration lifetime) {
        this.key = key.clone();
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
        this.lifetime = lifetime;
    }

    /** A fresh token for a form of this purpose (such as {@code letter:mayor} or {@code survey:12}). */
    public String issue(String purpose) {
        String issued = Long.toString(clock.millis(), 36);
        return issued + "." + sign(purpose, issued);
    }

    /**
     * The token for a form shown again after a refused post: the posted one when it is genuine, for this form and
     * not expired, so the time already spent on the form still counts; a fresh one otherwise.
     */
    public String carryOver(String purpose, String posted) {
        Verdict v = check(purpose, posted, null);
        return v == Verdict.PASSED || v == Verdict.TOO_FAST ? posted : issue(purpose);
    }

    /** Checks a submitted form of this purpose: its token and its trap field (both as posted; null when absent). */
    public Verdict check(String purpose, String token, String trap) {
        if (trap != null && !trap.isEmpty()) {
            return Verdict.TRAPPED;
        }
        if (token == null || token.isBlank()) {
            return Verdict.MISSING;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 16 || token.length() > 80) {
            return Verdict.FORGED;
        }
        String issued = token.substring(0, dot);
        byte[] expected = sign(purpose, issued).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        long issuedAt;
        try {
            issuedAt = Long.parseLong(issued, 36);
        } catch (NumberFormatException e) {
            return Verdict.FORGED;
        }
        long age = clock.millis() - issuedAt;
        if (age < minimumFillTime.toMillis()) {
            return Verdict.TOO_FAST;
        }
        return age > lifetime.toMillis() ? Verdict.EXPIRED : Verdict.PASSED;
    }

    private String sign(String purpose, String issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] out = mac.doFinal((purpose + "|" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out).substring(0, 27);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
