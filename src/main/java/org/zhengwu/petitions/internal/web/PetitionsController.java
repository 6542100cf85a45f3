package org.zhengwu.petitions.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.petitions.internal.Channel;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.petitions.internal.InvalidPetition;
import org.zhengwu.petitions.internal.PetitionFiles;
import org.zhengwu.petitions.internal.PetitionAccess;
import org.zhengwu.petitions.internal.PetitionReading;
import org.zhengwu.petitions.internal.PetitionRegistration;
import org.zhengwu.petitions.internal.PetitionCategories;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * 信访件 and 登记: the list of the petitions the person may see (no personal data), the petition office's
 * registration form for 来信, 来访, 来电 and 上级转交 (a refused form comes back with every problem at its field and all
 * that was typed; nothing is stored), and the one-click take-over of a hall letter (网上信访).
 */
@Controller
class PetitionsController {

    static final String BASE = "/admin/petitions";
    static final int LIST_LIMIT = 200;

    private final PetitionReading reading;
    private final PetitionRegistration registration;
    private final PetitionCategories categories;
    private final PetitionAccess access;
    private final SiteDirectory sites;

    PetitionsController(PetitionReading reading, PetitionRegistration registration, PetitionCategories categories,
                        PetitionAccess access, SiteDirectory sites) {
        this.reading = reading;
        this.registration = registration;
        this.categories = categories;
        this.access = access;
        this.sites = sites;
    }

    LongFunction<String> unitNames() {
        return id -> sites.unit(id).map(Unit::name).orElse("#" + id);
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("petitions", reading.list(LIST_LIMIT));
        model.addAttribute("unitName", unitNames());
        model.addAttribute("categories", categories.names());
        return "admin/petitions/list";
    }

    @GetMapping(BASE + "/new")
    String form(Model model) {
        access.requireRole(StaffRole.PETITION_OFFICER);
        return form(model, Map.of("channel", Channel.VISIT.name()), FormProblems.none());
    }

    @PostMapping(BASE + "/new")
    String register(@RequestParam Map<String, String> params,
                    @RequestParam(name = "files", required = false) List<MultipartFile> files,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        Map<String, String> typed = Forms.typed(params);
        try {
            String reference = registration.register(typed, files == null ? List.of() : files.stream()
                    .map(f -> new PetitionFiles.Upload(f.getOriginalFilename(), f.getSize(), f)).toList());
            redirect.addFlashAttribute("notice", ui.t("petitions.registered", reference));
            return "redirect:" + BASE + "/" + reference;
        } catch (InvalidPetition e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, typed, Forms.problems(e, ui));
        }
    }

    /** The letter page's button, or the office's form with a tracking number. */
    @PostMapping(BASE + "/from-letter/{number}")
    String fromLetter(@PathVariable String number, @RequestParam(required = false) String unitId,
                      @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        try {
            String reference = registration.fromLetter(number, parse(unitId));
            redirect.addFlashAttribute("notice", ui.t("petitions.from-letter.done", number, reference));
            return ui.role() == StaffRole.PETITION_OFFICER ? "redirect:" + BASE + "/" + reference
                    : "redirect:/admin/letters/" + number;
        } catch (InvalidPetition e) {
            redirect.addFlashAttribute("error", Forms.problems(e, ui).items().get(0).message());
            return ui.role() == StaffRole.PETITION_OFFICER ? "redirect:" + BASE + "/new"
                    : "redirect:/admin/letters/" + number;
        }
    }

    @PostMapping(BASE + "/from-letter")
    String fromLetterForm(@RequestParam(required = false) String number,
                          @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return fromLetter(number == null ? "" : number.strip(), null, ui, redirect);
    }

    private String form(Model model, Map<String, String> typed, FormProblems problems) {
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("channels", List.of(Channel.LETTER, Channel.VISIT, Channel.PHONE, Channel.TRANSFER));
        model.addAttribute("categories", categories.list());
        model.addAttribute("units", sites.units());
        return "admin/petitions/register";
    }

    private static Long parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
