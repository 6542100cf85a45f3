package org.zhengwu.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.IssuedPassword;
import org.zhengwu.accounts.NewStaff;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.sites.UnitKind;

/**
 * The offices of the standard chain and reviewers for tests: the group's Party general office and secrecy office
 * (made once, as units without a site), the Government general office (the portal's unit), and staff of any role.
 */
public final class ReviewFixtures {

    private final SiteAdministration sites;
    private final SiteDirectory directory;
    private final StaffAdministration staff;

    public ReviewFixtures(SiteAdministration sites, SiteDirectory directory, StaffAdministration staff) {
        this.sites = sites;
        this.directory = directory;
        this.staff = staff;
    }

    public Unit partyOffice() {
        return office(UnitKind.PARTY_OFFICE, "swbgs", "市委办公室");
    }

    public Unit secrecyOffice() {
        return office(UnitKind.SECRECY_OFFICE, "sbmb", "市保密办");
    }

    /** The unit that runs the portal; the portal is opened as the publishing tests open it if nobody has yet. */
    public Unit governmentOffice() {
        Site portal = directory.portal().orElseGet(() -> sites.openSite(new NewSite("gov-office", "市人民政府办公室",
                UnitKind.PORTAL, "www", "市人民政府门户网站", null, true, new Site.Theme(null, Site.Theme.DEFAULT_COLOR),
                Site.FooterIdentity.empty(), 0)));
        return directory.unit(portal.unitId()).orElseThrow();
    }

    /** Makes sure all three offices exist. */
    public void offices() {
        partyOffice();
        governmentOffice();
        secrecyOffice();
    }

    public StaffUser member(StaffRole role, long unitId) {
        IssuedPassword issued = staff.create(new NewStaff(ConsoleFixtures.code(role.name().substring(0, 2).toLowerCase()),
                "审核" + role.name(), role, unitId));
        staff.changePassword(issued.account().id(), issued.temporaryPassword(), ConsoleFixtures.PASSWORD, ConsoleFixtures.PASSWORD);
        return StaffUser.of(staff.account(issued.account().id()).orElseThrow());
    }

    public StaffUser unitReviewerOf(Site site) {
        return member(StaffRole.UNIT_REVIEWER, site.unitId());
    }

    public StaffUser officeReviewer(Unit office) {
        return member(StaffRole.OFFICE_REVIEWER, office.id());
    }

    public StaffUser secrecyReviewer() {
        return member(StaffRole.SECRECY_REVIEWER, secrecyOffice().id());
    }

    public static ResultActions approve(MockMvc mvc, StaffUser who, long itemId, int version) throws Exception {
        return mvc.perform(post("/admin/review/items/" + itemId + "/approve").with(as(who)).with(csrf())
                .param("version", String.valueOf(version)));
    }

    public static ResultActions returnIt(MockMvc mvc, StaffUser who, long itemId, int version, String reason) throws Exception {
        return mvc.perform(post("/admin/review/items/" + itemId + "/return").with(as(who)).with(csrf())
                .param("version", String.valueOf(version)).param("reason", reason));
    }

    private Unit office(UnitKind kind, String prefix, String name) {
        return directory.units().stream().filter(u -> u.kind() == kind).findFirst()
                .orElseGet(() -> sites.addUnit(ConsoleFixtures.code(prefix), name, kind));
    }
}
