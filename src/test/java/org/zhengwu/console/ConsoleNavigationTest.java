package org.zhengwu.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.platform.console.ConsoleNavigation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.review.ReviewFixtures;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

/**
 * The console's side navigation per role (issue 12 §7): each role sees exactly the pages written here, in the areas'
 * order, every one of them opens (200) inside the console's frame with the breadcrumbs and the entry marked current;
 * the console home counts the person's work, each count a link to its queue.
 */
@ZhengwuTest
class ConsoleNavigationTest {

    private static final List<String> ACCOUNT = List.of("/admin/account/password", "/admin/account/totp",
            "/admin/account/email", "/admin/account/sign-ins");
    private static final List<String> CONTENT = List.of("/admin/content", "/admin/review", "/admin/checks/try");
    /** 监管 › 报表报送 and 督办事项 for the units' staff who fill in reports and report progress. */
    private static final List<String> UNIT_REPORTING = List.of("/admin/supervision/reports", "/admin/supervision/tasks");
    /** 监管: the scores' pages (orders 170–174). */
    private static final List<String> SCORES = List.of("/admin/supervision/dashboard", "/admin/supervision/ranking",
            "/admin/supervision/weights", "/admin/supervision/duties", "/admin/supervision/bulletins");

    /** 信访: the petition office's pages (orders 10–40). */
    private static final List<String> PETITIONS = List.of("/admin/petitions/new", "/admin/petitions",
            "/admin/petitions/key-cases", "/admin/petitions/figures");

    /** What each role's navigation holds, area by area (内容 / 互动 / 办事 / 监管 / 系统 / 我的账号). */
    static final Map<StaffRole, List<String>> EXPECTED = new EnumMap<>(StaffRole.class);

    static {
        expect(StaffRole.EDITOR, List.of("/admin/content", "/admin/review", "/admin/sites", "/admin/checks/try",
                "/admin/services", "/admin/supervision/inspection", "/admin/supervision/annual-report"), UNIT_REPORTING);
        expect(StaffRole.UNIT_REVIEWER, CONTENT, List.of("/admin/letters", "/admin/letters/publication",
                "/admin/letters/statistics", "/admin/petitions", "/admin/cases", "/admin/cases/notices", "/admin/services/applications",
                "/admin/services/rectifications", "/admin/cases/ledger", "/admin/supervision/inspection",
                "/admin/supervision/annual-report"), UNIT_REPORTING);
        expect(StaffRole.OFFICE_REVIEWER, CONTENT);
        expect(StaffRole.SECRECY_REVIEWER, CONTENT);
        expect(StaffRole.CASE_HANDLER, List.of("/admin/letters", "/admin/letters/statistics", "/admin/petitions",
                "/admin/cases",
                "/admin/cases/notices", "/admin/services/applications", "/admin/services/rectifications",
                "/admin/cases/ledger", "/admin/supervision/inspection"), UNIT_REPORTING);
        expect(StaffRole.SUPERVISOR, CONTENT, List.of("/admin/letters", "/admin/letters/statistics",
                "/admin/petitions", "/admin/petitions/key-cases", "/admin/petitions/figures", "/admin/cases",
                "/admin/cases/notices", "/admin/services", "/admin/services/applications",
                "/admin/services/rectifications", "/admin/cases/ledger", "/admin/cases/extensions",
                "/admin/supervision/inspection", "/admin/supervision/inspection-settings", "/admin/supervision/links",
                "/admin/supervision/fees",
                "/admin/supervision/fees/settings", "/admin/supervision/annual-report"),
                List.of("/admin/supervision/reports", "/admin/supervision/report-forms", "/admin/supervision/tasks",
                        "/admin/supervision/overdue"), SCORES);
        expect(StaffRole.DISPATCHER, List.of("/admin/letters", "/admin/letters/statistics", "/admin/surveys",
                "/admin/open311/keys", "/admin/cases", "/admin/cases/notices", "/admin/cases/ledger"));
        expect(StaffRole.PETITION_OFFICER, PETITIONS);
        expect(StaffRole.ADMINISTRATOR, List.of("/admin/content", "/admin/review", "/admin/sites",
                "/admin/review/chains", "/admin/checks/try", "/admin/publishing", "/admin/search", "/admin/mailboxes",
                "/admin/surveys", "/admin/open311/keys", "/admin/cases", "/admin/cases/notices", "/admin/services",
                "/admin/services/applications", "/admin/services/rectifications", "/admin/cases/ledger",
                "/admin/supervision/inspection", "/admin/supervision/inspection-settings", "/admin/supervision/links",
                "/admin/supervision/fees",
                "/admin/supervision/fees/settings", "/admin/supervision/annual-report"), SCORES,
                List.of("/admin/staff", "/admin/calendar", "/admin/api-keys"));
        expect(StaffRole.SECURITY_ADMINISTRATOR, List.of("/admin/security/roles", "/admin/security/policy",
                "/admin/security/alerts", "/admin/checks/words", "/admin/sign-ins"));
        expect(StaffRole.AUDIT_ADMINISTRATOR, List.of("/admin/audit", "/admin/audit/anchors", "/admin/sign-ins"));
    }

    static {
        // 监管 › 招商项目库, 招商引资看板 (orders 190, 191) and 招商年度目标 (192): the last pages of the area
        supervision(List.of(StaffRole.EDITOR, StaffRole.UNIT_REVIEWER, StaffRole.CASE_HANDLER, StaffRole.SUPERVISOR),
                "/admin/supervision/investment", "/admin/supervision/investment/board");
        supervision(List.of(StaffRole.SUPERVISOR), "/admin/supervision/investment/targets");
        // 监管 › 电商服务站点 (200), 站点月报 (201), 市场信息 (202), 电商服务中心看板 (203), 站点服务与清单 (204)
        supervision(List.of(StaffRole.EDITOR, StaffRole.UNIT_REVIEWER, StaffRole.CASE_HANDLER),
                "/admin/supervision/stations", "/admin/supervision/stations/reports",
                "/admin/supervision/stations/market");
        supervision(List.of(StaffRole.SUPERVISOR), "/admin/supervision/stations", "/admin/supervision/stations/reports",
                "/admin/supervision/stations/market", "/admin/supervision/stations/board",
                "/admin/supervision/stations/settings");
        // the administrator's 监管 area ends before its 系统 area
        List<String> administrator = EXPECTED.get(StaffRole.ADMINISTRATOR);
        administrator.addAll(administrator.indexOf("/admin/staff"), List.of("/admin/supervision/stations",
                "/admin/supervision/stations/settings"));
    }

    static {
        // 信访 › 排查化解 (order 50) and 值班表 (60): after 互动's pages, before 办事
        petitions(List.of(StaffRole.PETITION_OFFICER, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER),
                "/admin/petitions/screening", "/admin/petitions/duty");
        petitions(List.of(StaffRole.SUPERVISOR), "/admin/petitions/screening");
    }

    /** Adds pages at the end of these roles' 信访 area: after their petition pages or 互动 pages, or first. */
    private static void petitions(List<StaffRole> roles, String... paths) {
        for (StaffRole role : roles) {
            List<String> all = EXPECTED.get(role);
            int at = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).startsWith("/admin/petitions") || all.get(i).equals("/admin/letters/statistics")) {
                    at = i + 1;
                }
            }
            all.addAll(at, List.of(paths));
        }
    }

    /** Adds pages at the end of these roles' 监管 area, before 我的账号. */
    private static void supervision(List<StaffRole> roles, String... paths) {
        for (StaffRole role : roles) {
            List<String> all = EXPECTED.get(role);
            all.addAll(all.size() - ACCOUNT.size(), List.of(paths));
        }
    }

    @SafeVarargs
    private static void expect(StaffRole role, List<String>... parts) {
        List<String> all = new ArrayList<>();
        Stream.of(parts).forEach(all::addAll);
        all.addAll(ACCOUNT);
        EXPECTED.put(role, all);
    }

    private static final Pattern NAV = Pattern.compile("<nav id=\"console-nav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"(/admin/[^\"]+)\"");
    private static final Pattern CURRENT = Pattern.compile("href=\"([^\"]+)\" aria-current=\"page\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ConsoleNavigation navigation;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    Letters letters;

    private ConsoleFixtures fixtures() {
        return new ConsoleFixtures(siteAdministration, staff);
    }

    private StaffUser member(StaffRole role, Site site) {
        ReviewFixtures reviewers = new ReviewFixtures(siteAdministration, directory, staff);
        return switch (role) {
            case OFFICE_REVIEWER -> {
                reviewers.offices();
                yield reviewers.officeReviewer(reviewers.governmentOffice());
            }
            case SECRECY_REVIEWER -> {
                reviewers.offices();
                yield reviewers.secrecyReviewer();
            }
            default -> fixtures().staff(role, role.unitBound() ? site.unitId() : null);
        };
    }

    @TestFactory
    Stream<DynamicTest> eachRoleSeesExactlyItsPagesAndEachOpensInTheFrame() {
        asSystem();
        Site site = fixtures().site();
        List<DynamicTest> tests = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
            StaffUser who = member(role, site);
            tests.add(DynamicTest.dynamicTest(role.name(), () -> {
                // the security and audit administrators' console starts on their own first page
                boolean ownHome = role == StaffRole.SECURITY_ADMINISTRATOR || role == StaffRole.AUDIT_ADMINISTRATOR;
                String home = page(ownHome ? EXPECTED.get(role).get(0) : "/admin", who);
                assertThat(links(home)).as("navigation of " + role).isEqualTo(EXPECTED.get(role));
                if (!ownHome) {
                    assertThat(home).contains("<li aria-current=\"page\">工作台</li>");
                }
                for (String path : EXPECTED.get(role)) {
                    String page = page(path, who);
                    assertThat(page).as(path + " in the frame").contains("<nav id=\"console-nav\"")
                            .contains("<nav class=\"crumbs\"");
                    Matcher current = CURRENT.matcher(nav(page));
                    assertThat(current.find()).as(path + " marked current").isTrue();
                    assertThat(current.group(1)).as(path + " marked current").isEqualTo(path);
                }
            }));
        }
        asSystem();
        return tests.stream();
    }

    @Test
    void everyDeclaredEntryIsShownToSomeRole() {
        List<String> shown = EXPECTED.values().stream().flatMap(List::stream).distinct().toList();
        assertThat(navigation.all()).allSatisfy(e -> assertThat(shown).contains(e.path()));
    }

    @Test
    void theBreadcrumbsNameTheAreaAndThePage() throws Exception {
        asSystem();
        StaffUser admin = fixtures().administrator();
        String page = page("/admin/review/chains", admin);
        assertThat(page).contains("<li><a href=\"/admin\">工作台</a></li>", "<li>内容</li>",
                "<li aria-current=\"page\">审核链设置</li>");
        String staffPage = page("/admin/staff", admin);
        assertThat(staffPage).contains("<li>系统</li>", "<li aria-current=\"page\">人员管理</li>");
        // below an entry the entry links back: 工作台 › 内容 › 稿件管理 › (the item)
        String newItem = page("/admin/content/new", admin);
        assertThat(newItem).contains("<li>内容</li>", "<li><a href=\"/admin/content\">稿件管理</a></li>");
    }

    @Test
    void theHomeCountsItemsToReviewAndItemsReturned() throws Exception {
        asSystem();
        Site site = fixtures().site();
        Column column = fixtures().column(site, ColumnKind.NEWS);
        StaffUser editor = fixtures().editorOf(site);
        ReviewFixtures reviewers = new ReviewFixtures(siteAdministration, directory, staff);
        reviewers.offices();
        StaffUser leader = reviewers.unitReviewerOf(site);
        assertThat(page("/admin", leader)).contains(todo("待我审核的稿件", 0, "/admin/review"));

        long first = submit(editor, site, column);
        submit(editor, site, column);
        String home = page("/admin", leader);
        assertThat(home).contains(todo("待我审核的稿件", 2, "/admin/review"));
        assertThat(home).contains("待办 <span class=\"badge\">2</span>");

        ReviewFixtures.returnIt(mvc, leader, first, 1, "请补充来源");
        assertThat(page("/admin", leader)).contains(todo("待我审核的稿件", 1, "/admin/review"));
        assertThat(page("/admin", editor)).contains(todo("退回修改的稿件", 1, "/admin/review"));
    }

    @Test
    void theHomeCountsLettersDueAndTheUnitsOverdueCases() throws Exception {
        asSystem();
        Site site = fixtures().site();
        StaffUser handler = fixtures().staff(StaffRole.CASE_HANDLER, site.unitId());
        String box = mailboxes.create(new MailboxDetails(ConsoleFixtures.code("nav"), "导航测试信箱",
                MailboxKind.CONSULTATION, "", null, site.unitId(), 15, 0)).code();
        assertThat(page("/admin", handler)).contains(todo("待办来信", 0, "/admin/letters"))
                .contains(todo("已逾期的办件", 0, "/admin/cases/ledger?overdue=yes"));
        letters.submit(new NewLetter(box, "李四", "0571-87654321", null, "咨询社保", "社保怎么转移？", false, List.of()));
        asSystem();
        assertThat(page("/admin", handler)).contains(todo("待办来信", 1, "/admin/letters"));
    }

    @Test
    void theUnitReviewersHomeNamesTheirUnitAndTheirWork() throws Exception {
        asSystem();
        Site site = fixtures().site();
        String home = page("/admin", new ReviewFixtures(siteAdministration, directory, staff).unitReviewerOf(site));
        assertThat(home).contains("<span class=\"unit\">" + directory.unit(site.unitId()).orElseThrow().name() + "</span>")
                .contains("待我审核的稿件", "待办来信", "待公开审核的来信")
                .doesNotContain("尚未关联站点");
    }

    @Test
    void roleOfTheSecurityAdministratorSeesNoContentArea() throws Exception {
        asSystem();
        String home = page("/admin/security/roles", fixtures().staff(StaffRole.SECURITY_ADMINISTRATOR, null));
        assertThat(nav(home)).contains("系统", "我的账号").doesNotContain(">内容<", ">互动<", ">办事<", ">监管<");
    }

    private long submit(StaffUser editor, Site site, Column column) throws Exception {
        String location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(column.id()))
                        .param("title", "待审稿件" + ConsoleFixtures.code("t")).param("bodyHtml", "<p>审核正文</p>")
                        .param("publishedAt", "2026-11-20 09:30").param("category", "GOVERNMENT")
                        .param("then", "submit"))
                .andReturn().getResponse().getRedirectedUrl();
        asSystem();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String todo(String label, long count, String path) {
        return "<a href=\"" + path + "\"><span class=\"todo-count\">" + count + "</span> <span class=\"todo-label\">"
                + label + "</span></a>";
    }

    /** The page as the person gets it, after a redirect within the console (站点与栏目 leads an editor to their site). */
    private String page(String path, StaffUser who) throws Exception {
        String at = path;
        for (int hop = 0; hop < 3; hop++) {
            var response = mvc.perform(get(at).with(as(who))).andReturn().getResponse();
            asSystem();
            if (response.getStatus() == 302 && response.getRedirectedUrl().startsWith("/admin/")) {
                at = response.getRedirectedUrl();
                continue;
            }
            assertThat(response.getStatus()).as("GET " + at + " as " + who.getUsername()).isEqualTo(200);
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        throw new AssertionError(path + " redirects too often");
    }

    private static String nav(String page) {
        Matcher m = NAV.matcher(page);
        assertThat(m.find()).as("the side navigation").isTrue();
        return m.group();
    }

    private static List<String> links(String page) {
        Matcher m = HREF.matcher(nav(page));
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    private static void asSystem() {
        SecurityContextHolder.clearContext();
        TestSecurityContextHolder.clearContext();
    }
}
