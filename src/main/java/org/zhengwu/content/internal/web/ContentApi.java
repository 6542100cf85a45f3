package org.zhengwu.content.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.EditorialWorkflow;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.web.NotFound;

/**
 * The content API for the systems that feed a unit's site (新媒体, OA): create a draft, update it, submit it for
 * review, read where it stands ({@code /api/v1/content}). The caller is an API key of one unit, which acts as that
 * unit's editor (the operations module signs it in); everything goes through the console's own checks
 * ({@link ContentAccess}) and services, so a key reaches only its own unit's site and the review chain decides what
 * goes online. The body has the console form's fields ({@link ContentForm}, {@code columnId} required). A refusal is
 * {@code {"status": 400, "error": "…"}} with the console's Chinese message, and nothing has been stored.
 */
@RestController
class ContentApi {

    private final ContentAccess access;
    private final ContentQueries queries;
    private final ContentEditing editing;
    private final ObjectProvider<EditorialWorkflow> workflow;
    private final MessageSource messages;
    private final AuditTrail audit;

    ContentApi(ContentAccess access, ContentQueries queries, ContentEditing editing,
               ObjectProvider<EditorialWorkflow> workflow, MessageSource messages, AuditTrail audit) {
        this.access = access;
        this.queries = queries;
        this.editing = editing;
        this.workflow = workflow;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Where an item stands, as the API answers: its latest version, the published one, and the review state;
     * {@code submitRefused} says why a save with {@code submit=true} was kept but not submitted (null otherwise).
     */
    record ContentState(long id, long siteId, long columnId, String title, String status, String statusText,
                        int latestVersion, Integer publishedVersion, String review, String returnReason,
                        boolean maySubmit, java.util.List<String> blockingFindings, String submitRefused) {
    }

    @Operation(summary = "新建稿件（草稿；submit=true 时同时提交审核）")
    @PostMapping(path = "/api/v1/content", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContentState> create(@RequestBody ContentForm form,
                                        @RequestParam(defaultValue = "false") boolean submit) {
        long columnId = requiredColumn(form);
        access.column(columnId);
        access.requireLinkable(form.interprets());
        long id = editing.createDraft(form.toDraft(columnId));
        String refused = submit ? submitAfterSave(id) : null;
        return ResponseEntity.created(URI.create("/api/v1/content/" + id)).cacheControl(CacheControl.noStore())
                .body(state(id, refused));
    }

    @Operation(summary = "修改稿件，保存为新版本（submit=true 时同时提交审核）")
    @PutMapping(path = "/api/v1/content/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContentState> update(@PathVariable long id, @RequestBody ContentForm form,
                                        @RequestParam(defaultValue = "false") boolean submit) {
        access.item(id);
        long columnId = requiredColumn(form);
        access.column(columnId);
        access.requireLinkable(form.interprets());
        editing.update(id, form.toDraft(columnId));
        String refused = submit ? submitAfterSave(id) : null;
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(state(id, refused));
    }

    /** Submits the latest version for review; {@code urgent} asks to skip the levels that allow it. */
    @Operation(summary = "提交最新版本审核（urgent=true 申请加急）")
    @PostMapping(path = "/api/v1/content/{id}/submission", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContentState> submit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean urgent) {
        access.item(id);
        submitLatest(id, urgent);
        return ok(id);
    }

    @Operation(summary = "查看稿件状态：版本、是否已发布、审核进度、退回理由")
    @GetMapping(path = "/api/v1/content/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContentState> read(@PathVariable long id) {
        access.item(id);
        return ok(id);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, Object>> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, text(e.key(), e.args()));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Map<String, Object>> refused(RuleViolation e) {
        return problem(HttpStatus.BAD_REQUEST, text(e.key(), e.args()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return problem(HttpStatus.BAD_REQUEST, text("content.api.unreadable"));
    }

    /** Another unit's site, column or item: recorded, and a 403 that names nothing of it. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
        audit.recordRefusal(AuditEvent.of("content.api.refused", "content", null, null, e.getMessage()));
        return problem(HttpStatus.FORBIDDEN, text("content.api.forbidden"));
    }

    private long requiredColumn(ContentForm form) {
        Long column = form == null ? null : form.column();
        if (column == null) {
            throw new RuleViolation("content.column.required");
        }
        return column;
    }

    /** Submits what was just saved; a refusal keeps the save (as the console does) and is told in the answer. */
    private String submitAfterSave(long id) {
        try {
            submitLatest(id, false);
            return null;
        } catch (RuleViolation e) {
            return text(e.key(), e.args());
        }
    }

    private void submitLatest(long id, boolean urgent) {
        EditorialWorkflow w = workflow.getIfAvailable();
        if (w == null) {
            throw new RuleViolation("content.workflow.unavailable");
        }
        w.submit(id, queries.item(id).orElseThrow().latestVersion(), urgent);
    }

    private ResponseEntity<ContentState> ok(long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(state(id, null));
    }

    private ContentState state(long id, String submitRefused) {
        ContentItem item = queries.item(id).orElseThrow();
        ContentItem latest = queries.latestVersion(id).orElse(item);
        EditorialWorkflow w = workflow.getIfAvailable();
        EditorialWorkflow.Panel panel = w == null ? null : w.panel(latest);
        return new ContentState(id, item.siteId(), latest.columnId(), latest.title(), item.status().name(),
                text("content.status." + item.status().name()), item.latestVersion(),
                item.isPublished() ? item.version() : null,
                panel == null ? null : text(panel.stateKey(), panel.stateArgs()),
                panel == null ? null : panel.reason(), panel != null && panel.maySubmit(),
                panel == null ? java.util.List.of() : panel.blockingFindings(), submitRefused);
    }

    private ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
