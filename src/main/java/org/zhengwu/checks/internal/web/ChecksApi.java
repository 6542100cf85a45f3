package org.zhengwu.checks.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.checks.CheckReport;
import org.zhengwu.checks.CheckSubject;
import org.zhengwu.checks.ContentChecks;
import org.zhengwu.checks.Finding;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;

/**
 * {@code POST /api/v1/checks}: the machine checks for the editor's page (and other tools of signed-in staff). Takes
 * {@code {"title": "…", "body": "<p>…</p>"}} and answers with every finding and its exact position (offsets into the
 * title, or into {@code PlainText.of(body)}). Signed-in staff only (401 otherwise), with the session's CSRF token in
 * the {@code X-CSRF-TOKEN} header like every other change of a signed-in session.
 */
@RestController
class ChecksApi {

    static final int MAX_TITLE = 1000;
    static final int MAX_BODY = 1_000_000;

    record CheckRequest(String title, String body) {
    }

    record Item(String kind, String severity, String field, String attachment, int start, int end, int line,
                int column, String text, String message, String suggestion) {
    }

    record Answer(boolean blocking, long blockingCount, long warningCount, List<Item> findings) {
    }

    private final ContentChecks checks;
    private final UnitScope scope;
    private final StaffAdministration staff;
    private final MessageSource messages;

    ChecksApi(ContentChecks checks, UnitScope scope, StaffAdministration staff, MessageSource messages) {
        this.checks = checks;
        this.scope = scope;
        this.staff = staff;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/checks", consumes = "application/json", produces = "application/json")
    ResponseEntity<?> check(@RequestBody CheckRequest request) {
        Optional<ResponseEntity<?>> refused = refuseUnlessActiveStaff();
        if (refused.isPresent()) {
            return refused.get();
        }
        String title = request == null || request.title() == null ? "" : request.title();
        String body = request == null || request.body() == null ? "" : request.body();
        if (title.length() > MAX_TITLE || body.length() > MAX_BODY) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "checks.api.too-long", MAX_BODY);
        }
        CheckReport report = checks.check(CheckSubject.of(scope.staff().unitId(), title, body));
        List<Item> items = report.findings().stream().map(this::item).toList();
        return ResponseEntity.ok(new Answer(report.hasBlocking(), report.count(Finding.Severity.BLOCKING),
                report.count(Finding.Severity.WARNING), items));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable() {
        return refuseUnlessActiveStaff().orElseGet(() -> error(HttpStatus.BAD_REQUEST, "checks.api.bad-request"));
    }

    /** 401 for a caller who is not signed in as staff; 403 for a disabled account or one that must change its password. */
    private Optional<ResponseEntity<?>> refuseUnlessActiveStaff() {
        Optional<StaffPrincipal> who = scope.current();
        if (who.isEmpty()) {
            return Optional.of(error(HttpStatus.UNAUTHORIZED, "checks.api.sign-in"));
        }
        Optional<StaffAccount> account = staff.account(who.get().accountId());
        if (account.isEmpty() || !account.get().enabled() || account.get().mustChangePassword()) {
            return Optional.of(error(HttpStatus.FORBIDDEN, "checks.api.forbidden"));
        }
        return Optional.empty();
    }

    private Item item(Finding f) {
        return new Item(f.kind().name(), f.severity().name(), f.field().name(), f.attachment(), f.start(), f.end(),
                f.line(), f.column(), f.text(), text(f.messageKey(), f.messageArgs()), f.suggestion());
    }

    private ResponseEntity<?> error(HttpStatus status, String key, Object... args) {
        return ResponseEntity.status(status).body(Map.of("error", text(key, args)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
