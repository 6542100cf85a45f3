package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.PublicReceipts;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.interaction.Hall;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.services.internal.application.ApplicationForms;
import org.zhengwu.services.internal.application.FieldType;
import org.zhengwu.services.internal.application.FormField;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/**
 * The applicant's side of the service hall's tests: an online item with a form, the form filled in well with a valid
 * token (as the form page handed it out half a minute ago), posting it and reading the receipt, looking it up.
 */
@Component
public final class Applications {

    /** A valid resident ID number (its check character is right). */
    public static final String ID_NUMBER = "11010519491231002X";
    private static final Pattern NUMBER = Pattern.compile("SQ\\d{14,}");
    private static final Pattern CODE = Pattern.compile("查询码</dt><dd><strong class=\"hall-code\">([2-9A-Z]{8})<");

    public record Receipt(String number, String code) {
    }

    /** A unit with its own site, one online item with a form, and a 办件人 of the unit. */
    public record Desk(Site site, ServiceItem item, StaffUser handler) {
    }

    private final ObjectProvider<MockMvc> mvc;
    private final ServiceItems items;
    private final ApplicationForms forms;
    private final SiteAdministration sites;
    private final StaffAdministration staff;
    private final FormGuard earlierGuard;
    private final FieldCipher cipher;
    private final JdbcClient jdbc;

    // the test context's MockMvc is asked for lazily: contexts without one still start with this bean in them
    public Applications(ObjectProvider<MockMvc> mvc, ServiceItems items, ApplicationForms forms, FieldCipher cipher,
                        SiteAdministration sites, StaffAdministration staff, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.items = items;
        this.forms = forms;
        this.sites = sites;
        this.staff = staff;
        this.cipher = cipher;
        this.earlierGuard = guard(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-30)));
    }

    private MockMvc mvc() {
        return mvc.getObject();
    }

    /** Sites, units and staff for a test, as the console tests make them. */
    public ConsoleFixtures console() {
        return new ConsoleFixtures(sites, staff);
    }

    /** A new unit with its site, an online item with its form, and the unit's 办件人. */
    public Desk desk() {
        ConsoleFixtures console = console();
        Site site = console.site();
        return new Desk(site, onlineItem(site.unitId()), console.staff(StaffRole.CASE_HANDLER, site.unitId()));
    }

    public void takeOffline(ServiceItem item) {
        items.takeOffline(item.id());
    }

    /**
     * An online item of the unit (a birth certificate: the ID card copy required, the marriage certificate not) with
     * its own fields: the child's name, the birth date, the hospital (a choice), the weight, the home address and an
     * optional photo (jpg or png, at most 1 MB).
     */
    public ServiceItem onlineItem(long unitId) {
        ServiceItem item = items.create(Guides.complete(Guides.code(), unitId));
        items.putOnline(item.id());
        forms.save(item.id(), List.of(
                FormField.simple("childName", "新生儿姓名", FieldType.TEXT, true, ""),
                FormField.simple("birthDate", "出生日期", FieldType.DATE, true, ""),
                new FormField("hospital", "出生医院", FieldType.CHOICE, true, "", List.of("市人民医院", "市妇幼保健院"),
                        Set.of(), 0),
                FormField.simple("weight", "出生体重（克）", FieldType.NUMBER, false, ""),
                FormField.simple("address", "家庭住址", FieldType.ADDRESS, true, ""),
                new FormField("photo", "新生儿照片", FieldType.ATTACHMENT, false, "", List.of(),
                        Set.of(FileType.JPEG, FileType.PNG), 1)));
        return items.byId(item.id()).orElseThrow();
    }

    public String token(ServiceItem item) {
        return earlierGuard.issue("application:" + item.code());
    }

    private FormGuard guard(Clock clock) {
        return new FormGuard(cipher.signingKey("zhengwu form guard"), clock, Duration.ofSeconds(3), Duration.ofHours(12));
    }

    /** The form filled in well, with the required material, from an address of its own. */
    public MockMultipartHttpServletRequestBuilder form(ServiceItem item) {
        return form(item, "2026-03-15", token(item));
    }

    /**
     * The same form sent at an earlier moment ({@link org.zhengwu.platform.ApplicationClock#asOf}): its page was
     * opened half a minute before, the child born ten days before.
     */
    public MockMultipartHttpServletRequestBuilder formAt(ServiceItem item, Instant at) {
        String born = LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai")).minusDays(10).toString();
        return form(item, born, guard(Clock.fixed(at.minusSeconds(30), ZoneId.of("Asia/Shanghai")))
                .issue("application:" + item.code()));
    }

    private MockMultipartHttpServletRequestBuilder form(ServiceItem item, String birthDate, String token) {
        MockMultipartHttpServletRequestBuilder b = multipart("/bsfw/apply/" + item.code());
        b.param("applicantName", "王小明").param("applicantId", ID_NUMBER).param("applicantMobile", "13912345678")
                .param("childName", "王小宝").param("birthDate", birthDate).param("hospital", "市人民医院")
                .param("weight", "3250").param("address", "清河市人民路100号3幢2单元")
                .param(FormGuard.TOKEN_FIELD, token).param(FormGuard.TRAP_FIELD, "");
        b.file(pdf("material-1", "身份证.pdf"));
        b.with(Hall.freshAddress());
        return b;
    }

    /** Posts the form and reads the receipt, as the applicant's browser would. */
    public Receipt submit(MockMultipartHttpServletRequestBuilder form) throws Exception {
        PublicReceipts.Shown shown = PublicReceipts.post(mvc(), form, "/bsfw/apply/receipt", NUMBER, CODE);
        return new Receipt(shown.number(), shown.code());
    }

    /** Looks the application up; returns the session that may now see it. */
    public MockHttpSession lookUp(Receipt r) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc().perform(post("/bsfw/query").session(session).with(Hall.freshAddress())
                .param("number", r.number()).param("code", r.code())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/bsfw/query/" + r.number());
        return session;
    }

    public String progress(Receipt r, MockHttpSession session) throws Exception {
        return mvc().perform(get("/bsfw/query/" + r.number()).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The unit's handler takes the application through 受理, 审查 and the decision to 办结 with its result. */
    public void finish(Receipt r, StaffUser handler, boolean grant) throws Exception {
        for (String[] step : List.of(new String[] {"ACCEPT", ""}, new String[] {"REVIEW", ""},
                new String[] {grant ? "GRANT" : "DENY", grant ? "符合条件" : "不符合条件"})) {
            mvc().perform(multipart("/admin/services/applications/" + r.number() + "/step").with(as(handler))
                    .with(csrf()).param("step", step[0]).param("note", step[1]));
        }
        mvc().perform(multipart("/admin/services/applications/" + r.number() + "/step").file(pdf("result", "结果.pdf"))
                .with(as(handler)).with(csrf()).param("step", "FINISH"));
    }

    /** A staff member takes a step of the application in the console; the answer is left to the caller to check. */
    public ResultActions act(StaffUser who, Receipt r, String step, String note) throws Exception {
        return mvc().perform(multipart("/admin/services/applications/" + r.number() + "/step").with(as(who))
                .with(csrf()).param("step", step).param("note", note));
    }

    /** The same step, which must be taken (a redirect with a notice). */
    public ResultActions step(StaffUser who, Receipt r, String step, String note) throws Exception {
        return act(who, r, step, note).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
    }

    public String state(Receipt r) {
        return jdbc.sql("SELECT state FROM application WHERE number = ?").param(r.number()).query(String.class).single();
    }

    public LocalDate deadline(Receipt r) {
        return jdbc.sql("SELECT deadline FROM application WHERE number = ?").param(r.number())
                .query(LocalDate.class).single();
    }

    public static MockMultipartFile pdf(String field, String name) {
        return new MockMultipartFile(field, name, "application/pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }
}
