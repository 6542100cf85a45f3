package org.zhengwu;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengwu.accounts.IssuedPassword;
import org.zhengwu.accounts.NewStaff;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.UnitKind;

/**
 * Sites and staff for console tests, made through the real services (so the accounts exist and pass the per-request
 * account check). A plain object, not a bean, so every test class keeps sharing the one application context.
 */
public final class ConsoleFixtures {

    public static final String PASSWORD = "Zhengwu2026pass";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final SiteAdministration sites;
    private final StaffAdministration staff;

    public ConsoleFixtures(SiteAdministration sites, StaffAdministration staff) {
        this.sites = sites;
        this.staff = staff;
    }

    /** A unique lower-case code with this prefix. */
    public static String code(String prefix) {
        return prefix + SEQ.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    public Site site() {
        String code = code("u");
        return sites.openSite(new NewSite(code, "单位" + code, UnitKind.DEPARTMENT, code, "站点" + code, null, false,
                new Site.Theme(null, Site.Theme.DEFAULT_COLOR), Site.FooterIdentity.empty(), 0));
    }

    public Column column(Site site, ColumnKind kind) {
        String code = code("c");
        return sites.addColumn(site.id(), new ColumnDetails(null, code, "栏目" + code, kind, 0, "张三", 7, null));
    }

    /** An editor of the site's unit whose password is {@link #PASSWORD} and needs no change. */
    public StaffUser editorOf(Site site) {
        return ready(staff.create(new NewStaff(code("ed"), "信息员", StaffRole.EDITOR, site.unitId())));
    }

    /**
     * A ready account of any role (unit roles need a unit, group roles none), created as the system would, whose
     * password is {@link #PASSWORD}.
     */
    public StaffUser staff(StaffRole role, Long unitId) {
        return ready(staff.create(new NewStaff(code(role.name().toLowerCase().replace("_", "")), "测试" + role.name(),
                role, unitId)));
    }

    public StaffUser administrator() {
        return ready(staff.create(new NewStaff(code("ad"), "管理员", StaffRole.ADMINISTRATOR, null)));
    }

    /** A new account as an administrator hands it out: one-time password, change required. */
    public IssuedPassword newEditorOf(Site site) {
        return staff.create(new NewStaff(code("newuser"), "新信息员", StaffRole.EDITOR, site.unitId()));
    }

    private StaffUser ready(IssuedPassword issued) {
        staff.changePassword(issued.account().id(), issued.temporaryPassword(), PASSWORD, PASSWORD);
        return StaffUser.of(staff.account(issued.account().id()).orElseThrow());
    }

    /** Signs the request in as this staff member. */
    public static RequestPostProcessor as(StaffUser staffUser) {
        return user(staffUser);
    }
}
