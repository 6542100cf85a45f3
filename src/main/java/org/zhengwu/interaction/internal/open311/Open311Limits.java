package org.zhengwu.interaction.internal.open311;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.abuse.SubmissionThrottle;

/**
 * How often the API may be called: {@code zhengwu.open311.requests-per-minute} (default 60) reads per address, posts
 * per address (before the key is even looked at, so guessing keys is slow) and posts per key (so a leaked key used from
 * many addresses still floods nothing). Over the limit the answer is 429.
 */
@Component
class Open311Limits {

    private final SubmissionThrottle throttle;
    private final Open311Text text;
    private volatile int perMinute;

    Open311Limits(SubmissionThrottle throttle, Open311Text text,
                  @Value("${zhengwu.open311.requests-per-minute:60}") int perMinute) {
        this.throttle = throttle;
        this.text = text;
        this.perMinute = perMinute;
    }

    void read(String address) {
        check("open311-read", address);
    }

    void post(String address) {
        check("open311-post", address);
    }

    void key(ApiKey key) {
        check("open311-key", String.valueOf(key.id()));
    }

    private void check(String kind, String who) {
        if (!throttle.allow(kind, who, perMinute)) {
            throw new Open311Failure(HttpStatus.TOO_MANY_REQUESTS, text.t("open311.error.throttled", perMinute));
        }
    }

    /** Another limit (tests); returns the one before. */
    int limit(int requestsPerMinute) {
        int before = perMinute;
        perMinute = requestsPerMinute;
        return before;
    }
}
