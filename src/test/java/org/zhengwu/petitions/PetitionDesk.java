package org.zhengwu.petitions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.platform.security.StaffRole;

/**
 * The petition office and two units (from {@link CaseStaff}), and the console's petition pages as they post and show:
 * each call is a request of the signed-in person, with its CSRF token.
 */
public final class PetitionDesk {

    public final CaseStaff staff;
    public final StaffUser officer;
    private final MockMvc mvc;

    public PetitionDesk(MockMvc mvc, ConsoleFixtures fixtures) {
        this.mvc = mvc;
        this.staff = new CaseStaff(fixtures);
        this.officer = fixtures.staff(StaffRole.PETITION_OFFICER, null);
    }

    /** A visit registered by the office for unit A with one petitioner; returns the reference. */
    public String visit(String name, String matter) throws Exception {
        return reference(send(officer, "/admin/petitions/new", visitForm(name, matter)));
    }

    /** The registration form of a visit to unit A, filled in well. */
    public Map<String, String> visitForm(String name, String matter) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("channel", "VISIT");
        f.put("category", "LAND");
        f.put("matter", matter);
        f.put("place", "城关镇东街村");
        f.put("unitId", String.valueOf(staff.unitA()));
        f.put("name1", name);
        f.put("idNumber1", "11010519491231002X");
        f.put("phone1", "13812345678");
        f.put("address1", "城关镇东街村5组");
        return f;
    }

    /** The reference a registration redirected to. */
    public static String reference(MvcResult r) {
        String to = r.getResponse().getRedirectedUrl();
        if (to == null || !to.startsWith("/admin/petitions/XF")) {
            throw new AssertionError("not registered: " + r.getResponse().getStatus() + " " + to);
        }
        return to.substring("/admin/petitions/".length());
    }

    public MvcResult send(StaffUser user, String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder b = post(path).with(as(user)).with(csrf());
        params.forEach(b::param);
        return mvc.perform(b).andReturn();
    }

    /** A step of the flow on the petition's page. */
    public MvcResult step(StaffUser user, String reference, String step, Map<String, String> params) throws Exception {
        return send(user, "/admin/petitions/" + reference + "/step/" + step, params);
    }

    public String page(StaffUser user, String reference) throws Exception {
        return text(mvc.perform(get("/admin/petitions/" + reference).with(as(user))).andReturn());
    }

    public int status(StaffUser user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus();
    }

    public static String text(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
