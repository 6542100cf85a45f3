package org.zhengwu.supervision.internal.stations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.investment.web.Xlsx;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.web.Refusals;
import org.zhengwu.supervision.internal.stations.Level;
import org.zhengwu.supervision.internal.stations.Station;
import org.zhengwu.supervision.internal.stations.StationChecklist;
import org.zhengwu.supervision.internal.stations.StationExports;
import org.zhengwu.supervision.internal.stations.StationOptions;
import org.zhengwu.supervision.internal.stations.StationState;
import org.zhengwu.supervision.internal.stations.Stations;

/**
 * 电商服务站点: the registry as a tree (the reader's stations), a station with its operator and its "十个一" checklist
 * (each item ticked with a photo), the managers' forms to register and change a station, the ledger's export. A
 * refused form comes back with every problem linked to its field and what was typed.
 */
@Controller
class StationsController {

    static final String BASE = "/admin/supervision/stations";

    private final Stations stations;
    private final StationChecklist checklist;
    private final StationOptions options;
    private final StationExports exports;
    private final SiteDirectory sites;
    private final Clock clock;

    StationsController(Stations stations, StationChecklist checklist, StationOptions options, StationExports exports,
                       SiteDirectory sites, Clock clock) {
        this.stations = stations;
        this.checklist = checklist;
        this.options = options;
        this.exports = exports;
        this.sites = sites;
        this.clock = clock;
    }

    LongFunction<String> unitNames() {
        return id -> sites.unit(id).map(Unit::name).orElse("#" + id);
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("stations", stations.list());
        model.addAttribute("done", checklist.doneCounts());
        model.addAttribute("items", options.items(StationOptions.Kind.CHECK).size());
        model.addAttribute("manages", stations.manages());
        model.addAttribute("unitName", unitNames());
        return "admin/supervision/stations/list";
    }

    @GetMapping(BASE + "/ledger.xlsx")
    ResponseEntity<byte[]> ledger() {
        return Xlsx.attachment("电商服务站点台账.xlsx", exports.ledger());
    }

    @GetMapping(BASE + "/new")
    String newForm(Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("level", Level.VILLAGE.name());
        typed.put("state", StationState.OPERATING.name());
        typed.put("openedOn", LocalDate.now(clock).toString());
        return form(model, null, typed, List.of(), FormProblems.none());
    }

    @PostMapping(BASE + "/new")
    String create(@RequestParam Map<String, String> params,
                  @RequestParam(name = "s.services", required = false) List<String> services,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Map<String, String> typed = Refusals.typed(params, "s.");
        try {
            long id = stations.create(typed, services);
            redirect.addFlashAttribute("notice", ui.t("stations.station.created"));
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, typed, services, Refusals.problems(e, ui));
        }
    }

    @GetMapping(BASE + "/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Station s = stations.station(id);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("level", s.level().name());
        typed.put("parent", s.parentId() == null ? "" : s.parentId().toString());
        typed.put("name", s.name());
        typed.put("unit", String.valueOf(s.unitId()));
        typed.put("township", s.township());
        typed.put("village", s.village() == null ? "" : s.village());
        typed.put("operatorName", s.operatorName());
        typed.put("operatorPhone", s.operatorPhone());
        typed.put("address", s.address());
        typed.put("latitude", s.latitude().stripTrailingZeros().toPlainString());
        typed.put("longitude", s.longitude().stripTrailingZeros().toPlainString());
        typed.put("openedOn", s.openedOn().toString());
        typed.put("state", s.state().name());
        return form(model, id, typed, s.services(), FormProblems.none());
    }

    @PostMapping(BASE + "/{id:\\d+}/edit")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params,
                @RequestParam(name = "s.services", required = false) List<String> services,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Map<String, String> typed = Refusals.typed(params, "s.");
        try {
            stations.update(id, typed, services);
            redirect.addFlashAttribute("notice", ui.t("stations.station.saved"));
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, id, typed, services, Refusals.problems(e, ui));
        }
    }

    private String form(Model model, Long id, Map<String, String> typed, List<String> chosen, FormProblems problems) {
        model.addAttribute("id", id);
        model.addAttribute("typed", typed);
        model.addAttribute("chosen", chosen == null ? List.of() : chosen);
        model.addAttribute("problems", problems);
        model.addAttribute("levels", List.of(Level.values()));
        model.addAttribute("states", List.of(StationState.values()));
        model.addAttribute("parents", stations.list().stream().filter(s -> s.level() != Level.VILLAGE).toList());
        model.addAttribute("units", sites.units());
        model.addAttribute("services", options.items(StationOptions.Kind.SERVICE));
        return "admin/supervision/stations/form";
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return page(model, id, FormProblems.none());
    }

    @PostMapping(BASE + "/{id:\\d+}/check")
    String tick(@PathVariable long id, @RequestParam(required = false) String item,
                @RequestParam(required = false) MultipartFile photo, @ModelAttribute(name = "ui", binding = false) Ui ui,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (photo == null) {
                checklist.tick(id, item, null, null, 0);
            } else {
                checklist.tick(id, item, photo.getOriginalFilename(), photo, photo.getSize());
            }
            redirect.addFlashAttribute("notice", ui.t("stations.check.done", item));
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, id, Refusals.problems(e, ui));
        }
    }

    /** An evidence photo, to those who may read the station, as the type found in its bytes. */
    @GetMapping(BASE + "/{id:\\d+}/photo")
    ResponseEntity<Resource> photo(@PathVariable long id, @RequestParam String item) {
        StationChecklist.Photo p = checklist.photo(id, item).orElseThrow(() -> new NotFound("stations.photo.not-found"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.type().contentType()))
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noStore())
                .body(new FileSystemResource(p.path()));
    }

    private String page(Model model, long id, FormProblems problems) {
        Station s = stations.station(id);
        model.addAttribute("s", s);
        model.addAttribute("parent", s.parentId() == null ? null : stations.list().stream()
                .filter(p -> p.id() == s.parentId()).findFirst().orElse(null));
        model.addAttribute("items", checklist.items(id));
        model.addAttribute("problems", problems);
        model.addAttribute("manages", stations.manages());
        model.addAttribute("unitName", unitNames());
        return "admin/supervision/stations/station";
    }
}
