package org.zhengwu.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;

/**
 * Tomcat's error report, for what it refuses before the application sees the request (a request line with bytes it
 * does not take, headers over the limit): the same answer as {@link ErrorPages} would give, in Chinese and in the
 * format of the address — which, when the request line could not be read at all, is unknown, so the portal's page.
 */
class ContainerProblemValve extends ErrorReportValve {

    private final ObjectProvider<ErrorPages> pages;

    ContainerProblemValve(ObjectProvider<ErrorPages> pages) {
        this.pages = pages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        ErrorPages errors = pages.getIfAvailable();
        if (errors == null || response.getStatus() < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        String uri = request.getRequestURI();
        String path = uri == null || !uri.startsWith("/") ? "/" : uri;
        try {
            ResponseEntity<byte[]> answer = errors.answer(request, ErrorPages.status(response.getStatus()), path);
            response.setContentType(String.valueOf(answer.getHeaders().getContentType()));
            answer.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> response.addHeader(name, v));
                }
            });
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(answer.getBody(), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | RuntimeException e) {
            // the connection is being closed anyway; the status line has been sent
        }
    }
}
