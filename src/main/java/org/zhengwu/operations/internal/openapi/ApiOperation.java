package org.zhengwu.operations.internal.openapi;

import java.util.List;

/**
 * One operation of the OpenAPI document as the reference page lists it.
 *
 * @param body      the request body's media type and schema name, or null
 * @param responses the status codes it answers with
 */
public record ApiOperation(String method, String path, String summary, List<Parameter> parameters, String body,
                           List<String> responses) {

    /** A parameter: its name, where it goes (path, query, header), whether required, its type. */
    public record Parameter(String name, String in, boolean required, String type) {
    }
}
