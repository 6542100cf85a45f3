package org.zhengwu.content.internal.web;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.internal.StoredUpload;
import org.zhengwu.content.internal.UploadKind;
import org.zhengwu.content.internal.UploadStore;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.Site;

/**
 * Uploads an image for an article body. The editor's script asks for JSON ({@code {"url", "alt"}} or
 * {@code {"error"}}); without script the browser gets a page with the HTML to paste into the body. A text
 * alternative is required: articles are read aloud to people who cannot see the image.
 */
@Controller
class ImageController {

    private final ContentAccess access;
    private final UploadStore uploads;
    private final ContentEditing editing;

    ImageController(ContentAccess access, UploadStore uploads, ContentEditing editing) {
        this.access = access;
        this.uploads = uploads;
        this.editing = editing;
    }

    @PostMapping(path = "/admin/content/images", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> uploadForScript(@RequestParam long site,
                                                        @RequestParam(name = "file", required = false) MultipartFile file,
                                                        @RequestParam(defaultValue = "") String alt,
                                                        @ModelAttribute(name = "ui", binding = false) Ui ui) {
        access.site(site);
        try {
            StoredUpload stored = store(site, file, alt);
            return ResponseEntity.ok(Map.of("url", stored.path(), "alt", alt.strip()));
        } catch (RuleViolation e) {
            return ResponseEntity.badRequest().body(Map.of("error", ui.t(e.key(), e.args())));
        }
    }

    @PostMapping("/admin/content/images")
    String uploadForPage(@RequestParam long site, @RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(defaultValue = "") String alt, @ModelAttribute(name = "ui", binding = false) Ui ui,
                         Model model) {
        Site s = access.site(site);
        model.addAttribute("site", s);
        try {
            StoredUpload stored = store(site, file, alt);
            model.addAttribute("url", stored.path());
            model.addAttribute("alt", alt.strip());
            model.addAttribute("failure", null);
        } catch (RuleViolation e) {
            model.addAttribute("url", null);
            model.addAttribute("alt", alt);
            model.addAttribute("failure", ui.t(e.key(), e.args()));
        }
        return "admin/content/image";
    }

    private StoredUpload store(long site, MultipartFile file, String alt) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolation("upload.missing");
        }
        if (alt == null || alt.isBlank()) {
            throw new RuleViolation("upload.image.alt-required");
        }
        StoredUpload stored = uploads.store(UploadKind.IMAGE, file.getOriginalFilename(), file.getSize(), file);
        try {
            editing.imageUploaded(site, stored.fileName(), stored.path(), stored.sizeBytes(), alt.strip());
        } catch (RuntimeException e) {
            // an upload the audit log does not know of is not kept
            uploads.delete(stored.path());
            throw e;
        }
        return stored;
    }
}
