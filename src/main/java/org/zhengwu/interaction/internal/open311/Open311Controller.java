package org.zhengwu.interaction.internal.open311;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.platform.RuleViolation;

/**
 * The Open311 GeoReport v2 API of the interaction hall (see {@code http://wiki.open311.org/GeoReport_v2}): discovery,
 * services, service definitions, POST a request (form-encoded, with an {@code api_key}), GET requests and GET a
 * request, each as {@code .xml} and {@code .json}. Reads need no key and are throttled per address. Every refusal is
 * an {@code <errors>} document in the format asked for (XML when the format itself is unknown) with the right status;
 * never a stack trace. {@code jurisdiction_id} is accepted and ignored: one installation is one jurisdiction.
 */
@RestController
class Open311Controller {

    private static final Logger LOG = LoggerFactory.getLogger(Open311Controller.class);
    /** The request attribute that tells the error handlers which format was asked for. */
    private static final String FORMAT = Open311Controller.class.getName() + ".format";

    private final Discovery discovery;
    private final ServiceCatalog catalog;
    private final PublicRequests requests;
    private final RequestIntake intake;
    private final Open311Limits limits;
    private final Open311Text text;
    private final Open311Resources resources;

    Open311Controller(Discovery discovery, ServiceCatalog catalog, PublicRequests requests, RequestIntake intake,
                      Open311Limits limits, Open311Text text, Open311Resources resources) {
        this.resources = resources;
        this.discovery = discovery;
        this.catalog = catalog;
        this.requests = requests;
        this.intake = intake;
        this.limits = limits;
        this.text = text;
    }

    @GetMapping("/open311/discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format, HttpServletRequest request) {
        return read(format, request, discovery::document);
    }

    @GetMapping("/open311/v2/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format, HttpServletRequest request) {
        return read(format, request, catalog::services);
    }

    @GetMapping("/open311/v2/services/{code}.{format}")
    ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
                                      HttpServletRequest request) {
        return read(format, request, () -> catalog.definition(code));
    }

    @GetMapping("/open311/v2/requests.{format}")
    ResponseEntity<byte[]> search(@PathVariable String format,
                                  @RequestParam(name = "service_request_id", required = false) String ids,
                                  @RequestParam(name = "service_code", required = false) String serviceCode,
                                  @RequestParam(name = "start_date", required = false) String startDate,
                                  @RequestParam(name = "end_date", required = false) String endDate,
                                  @RequestParam(name = "status", required = false) String status,
                                  HttpServletRequest request) {
        return read(format, request, () -> requests.search(ids, serviceCode, startDate, endDate, status));
    }

    @GetMapping("/open311/v2/requests/{id}.{format}")
    ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        return read(format, request, () -> requests.one(id));
    }

    @PostMapping("/open311/v2/requests.{format}")
    ResponseEntity<byte[]> create(@PathVariable String format, HttpServletRequest request,
                                  @RequestParam(name = "api_key", required = false) String apiKey,
                                  @RequestParam(name = "service_code", required = false) String serviceCode,
                                  @RequestParam(name = "first_name", required = false) String firstName,
                                  @RequestParam(name = "last_name", required = false) String lastName,
                                  @RequestParam(name = "phone", required = false) String phone,
                                  @RequestParam(name = "email", required = false) String email,
                                  @RequestParam(name = "description", required = false) String description,
                                  @RequestParam(name = "address_string", required = false) String addressString,
                                  @RequestParam(name = "lat", required = false) String lat,
                                  @RequestParam(name = "long", required = false) String lon,
                                  @RequestParam(name = "media_url", required = false) String mediaUrl,
                                  @RequestParam(name = "attribute[" + ServiceCatalog.PUBLIC + "]", required = false)
                                  String publicAttribute) {
        Open311Format f = format(format, request);
        limits.post(request.getRemoteAddr());
        ApiKey key = intake.key(apiKey);
        Open311Document created = intake.create(key, new ServiceRequestForm(serviceCode, firstName, lastName, phone,
                email, description, addressString, lat, lon, mediaUrl, publicAttribute));
        // the answer holds the query code, shown this once: no cache may keep it
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(f.contentType())
                .body(Open311Writer.write(created, f));
    }

    /**
     * Anything else under /open311: a 405 with {@code Allow} when the address is a resource that takes other methods
     * (PUT on a collection), else a 404; both in the specification's format.
     */
    @Hidden // not an operation of the API: what answers for addresses it does not have
    @RequestMapping("/open311/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        String uri = request.getRequestURI();
        Open311Format.of(uri.substring(uri.lastIndexOf('.') + 1)).ifPresent(f -> request.setAttribute(FORMAT, f));
        Set<HttpMethod> allowed = resources.allowed(request);
        if (!allowed.isEmpty()) {
            ResponseEntity<byte[]> refused = refused(new Open311Failure(HttpStatus.METHOD_NOT_ALLOWED,
                    text.t("open311.error.method", request.getMethod(), allowed.stream().map(HttpMethod::name)
                            .collect(Collectors.joining(", ")))), request);
            return ResponseEntity.status(refused.getStatusCode()).headers(refused.getHeaders()).allow(allowed.toArray(HttpMethod[]::new))
                    .body(refused.getBody());
        }
        throw new Open311Failure(HttpStatus.NOT_FOUND, text.t("open311.error.resource.unknown",
                request.getMethod(), request.getRequestURI()));
    }

    @ExceptionHandler(Open311Failure.class)
    ResponseEntity<byte[]> refused(Open311Failure e, HttpServletRequest request) {
        return errors(e.status(), e.descriptions(), request);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<byte[]> refused(RuleViolation e, HttpServletRequest request) {
        return errors(HttpStatus.BAD_REQUEST, List.of(text.t(e.key(), e.args())), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception e, HttpServletRequest request) {
        LOG.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return errors(HttpStatus.INTERNAL_SERVER_ERROR, List.of(text.t("open311.error.internal")), request);
    }

    private ResponseEntity<byte[]> read(String format, HttpServletRequest request,
                                        Supplier<Open311Document> document) {
        Open311Format f = format(format, request);
        limits.read(request.getRemoteAddr());
        return ResponseEntity.ok().contentType(f.contentType()).body(Open311Writer.write(document.get(), f));
    }

    /** The format asked for, remembered for the error handlers; an unknown one is a 404 (in XML, the required one). */
    private Open311Format format(String extension, HttpServletRequest request) {
        Open311Format f = Open311Format.of(extension).orElseThrow(() -> new Open311Failure(HttpStatus.NOT_FOUND,
                text.t("open311.error.format", extension)));
        request.setAttribute(FORMAT, f);
        return f;
    }

    private static ResponseEntity<byte[]> errors(HttpStatus status, List<String> descriptions,
                                                 HttpServletRequest request) {
        Open311Format f = request.getAttribute(FORMAT) instanceof Open311Format asked ? asked : Open311Format.XML;
        return Open311ProblemPage.errors(status, descriptions, f);
    }
}
