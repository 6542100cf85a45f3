package org.zhengwu.interaction.internal.survey;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The respondent id of a browser: 32 random bytes in a long-lived cookie (HttpOnly, SameSite=Lax, for two years),
 * set when a survey's form is first shown. Citizens have no accounts; this is what "once per person" can hold on to.
 * A value of the wrong shape is replaced by a new id; a made-up value of the right shape is simply a new respondent.
 */
final class RespondentCookie {

    static final String NAME = "zw_respondent";
    private static final Duration LIFETIME = Duration.ofDays(730);
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RespondentCookie() {
    }

    /** The browser's respondent id, if it sent one of the right shape. */
    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (NAME.equals(c.getName()) && c.getValue() != null && SHAPE.matcher(c.getValue()).matches()) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The browser's respondent id; a new one, set in the response, when it has none. */
    static String ensure(HttpServletRequest request, HttpServletResponse response) {
        return read(request).orElseGet(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, id).path("/").maxAge(LIFETIME)
                    .httpOnly(true).sameSite("Lax").secure(request.isSecure()).build().toString());
            return id;
        });
    }
}
