package org.zhengwu.interaction.internal.open311;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with its HTTP status and one description per problem (GeoReport v2 answers with a list of
 * {@code <error>}s); nothing has been changed when it is thrown.
 */
class Open311Failure extends RuntimeException {

    private final HttpStatus status;
    private final List<String> descriptions;

    Open311Failure(HttpStatus status, List<String> descriptions) {
        super(status + " " + descriptions, null, false, false);
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    Open311Failure(HttpStatus status, String description) {
        this(status, List.of(description));
    }

    HttpStatus status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
