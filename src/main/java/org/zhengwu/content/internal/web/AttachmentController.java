package org.zhengwu.content.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.internal.StoredUpload;
import org.zhengwu.content.internal.UploadKind;
import org.zhengwu.content.internal.UploadStore;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.Ui;

/** Attaching files to an item and removing them. */
@Controller
class AttachmentController {

    private final ContentAccess access;
    private final ContentEditing editing;
    private final UploadStore uploads;

    AttachmentController(ContentAccess access, ContentEditing editing, UploadStore uploads) {
        this.access = access;
        this.editing = editing;
        this.uploads = uploads;
    }

    @PostMapping("/admin/content/{id}/attachments")
    String add(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
               @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        ContentItem item = access.item(id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", ui.t("upload.missing"));
            return back(item);
        }
        try {
            StoredUpload stored = uploads.store(UploadKind.ATTACHMENT, file.getOriginalFilename(), file.getSize(), file);
            try {
                editing.addAttachment(item.id(), stored.fileName(), stored.path(), stored.contentType(), stored.sizeBytes());
            } catch (RuntimeException e) {
                uploads.delete(stored.path());
                throw e;
            }
            redirect.addFlashAttribute("notice", ui.t("attachment.added", stored.fileName()));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return back(item);
    }

    @PostMapping("/admin/content/{id}/attachments/{attachmentId}/delete")
    String remove(@PathVariable long id, @PathVariable long attachmentId,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        ContentItem item = access.item(id);
        editing.removeAttachment(item.id(), attachmentId);
        redirect.addFlashAttribute("notice", ui.t("attachment.removed"));
        return back(item);
    }

    private static String back(ContentItem item) {
        return "redirect:/admin/content/" + item.id() + "#attachments";
    }
}
