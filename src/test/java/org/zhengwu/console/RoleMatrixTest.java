package org.zhengwu.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.IssuedPassword;
import org.zhengwu.accounts.NewStaff;
import org.zhengwu.accounts.SecurityPolicies;
import org.zhengwu.accounts.SecurityPolicy;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.checks.CheckSubject;
import org.zhengwu.checks.ContentChecks;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.publishing.GreyMode;
import org.zhengwu.publishing.GreyModeSetting;
import org.zhengwu.review.ReviewFixtures;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

/**
 * The cross-unit authorization matrix of issue 4: every role × every console action × own unit / other unit. The
 * expected outcome of each cell is written in {@link #TABLE}, decided from the issue's rules (editors act on their own
 * unit only; reviewers review and never write; the office and secrecy reviewers review what is routed to them from any
 * unit; the supervisor reads every unit and changes nothing; the three administrators each do only their own work).
 * 允 is 200 or 302, 拒 is 403; a refused POST must also leave everything as it was and a REFUSED record in the audit
 * log. Unit reviewers and editors belong to unit A, so A is their 本单位 and B their 他单位; the office and secrecy
 * reviewers belong to their offices and the group roles to no unit, so for them only 他单位 (unit B) applies.
 */
@ZhengwuTest
class RoleMatrixTest {

    static final String ALLOWED = "允";
    static final String REFUSED = "拒";
    static final String NONE = "-";
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Found by the word-list check only once somebody managed to add it to the lists. */
    static final String PROBE_WORD = "矩阵探针词" + Long.toString(System.nanoTime() % 1_000_000, 36);

    /** The roles in the order of the table's columns. */
    static final StaffRole[] ROLES = {StaffRole.EDITOR, StaffRole.UNIT_REVIEWER, StaffRole.OFFICE_REVIEWER,
            StaffRole.SECRECY_REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR, StaffRole.SECURITY_ADMINISTRATOR,
            StaffRole.AUDIT_ADMINISTRATOR};

    enum Action {
        LIST_CONTENT("列出稿件", false), OPEN_ITEM("打开稿件", false), CREATE_ITEM("新建稿件", true),
        SAVE_ITEM("保存稿件", true), UPLOAD_ATTACHMENT("上传附件", true), PREVIEW("预览", false),
        SUBMIT("提交审核", true), REQUEST_WITHDRAWAL("申请撤稿", true),
        REVIEW_QUEUE("审核队列", false), REVIEW_PAGE("审核页", false), APPROVE("审核通过", true),
        RETURN("退回", true), OVERRIDE("放行检查结果", true),
        SITE_SETTINGS("站点设置页", false), SAVE_SITE_SETTINGS("保存站点设置", true), CREATE_COLUMN("新建栏目", true),
        PUBLISHING_CONSOLE("发布控制台", false), REBUILD("全站重新生成", true), GREY_MODE("灰色模式", true),
        SEARCH_CONSOLE("搜索控制台", false), REINDEX("重建搜索索引", true),
        CHAIN_SETTINGS("审核链设置页", false), SAVE_CHAIN("保存审核链", true),
        STAFF_PAGE("账号管理", false), CREATE_STAFF("新建账号", true),
        ROLES_PAGE("角色分配页", false), ASSIGN_ROLE("分配角色", true),
        POLICY_PAGE("安全策略页", false), SAVE_POLICY("保存安全策略", true),
        WORDS_PAGE("词库", false), ADD_WORD("添加词条", true),
        TRY_PAGE("机器检查试用页", false), TRY_CHECK("试用机器检查", true), CHECKS_API("检查接口", true),
        AUDIT_PAGE("审计日志", false), AUDIT_VERIFY("校验审计链", true), AUDIT_EXPORT("导出审计日志", false),
        SIGN_INS("登录日志", false);

        final String label;
        final boolean post;

        Action(String label, boolean post) {
            this.label = label;
            this.post = post;
        }
    }

    /**
     * One row per action. A unit action has "本单位/他单位" per role ("-" where the role has no unit with a site
     * here); an action of the whole group has one value per role.
     */
    static final Map<Action, String[]> TABLE = new EnumMap<>(Action.class);

    static {
        //                                  信息员  单位审核人 办公室审核人 保密审查员 监督员 系统管理员 安全管理员 审计管理员
        row(Action.LIST_CONTENT,            "允/拒", "允/拒", "-/拒", "-/拒", "-/允", "-/允", "-/拒", "-/拒");
        row(Action.OPEN_ITEM,               "允/拒", "允/拒", "-/拒", "-/拒", "-/允", "-/允", "-/拒", "-/拒");
        row(Action.CREATE_ITEM,             "允/拒", "拒/拒", "-/拒", "-/拒", "-/拒", "-/允", "-/拒", "-/拒");
        row(Action.SAVE_ITEM,               "允/拒", "拒/拒", "-/拒", "-/拒", "-/拒", "-/允", "-/拒", "-/拒");
        row(Action.UPLOAD_ATTACHMENT,       "允/拒", "拒/拒", "-/拒", "-/拒", "-/拒", "-/允", "-/拒", "-/拒");
        row(Action.PREVIEW,                 "允/拒", "允/拒", "-/拒", "-/拒", "-/允", "-/允", "-/拒", "-/拒");
        row(Action.SUBMIT,                  "允/拒", "拒/拒", "-/拒", "-/拒", "-/拒", "-/允", "-/拒", "-/拒");
        row(Action.REQUEST_WITHDRAWAL,      "允/拒", "拒/拒", "-/拒", "-/拒", "-/拒", "-/允", "-/拒", "-/拒");
        row(Action.REVIEW_QUEUE,            "允",    "允",    "允",    "允",    "允",    "允",    "拒",    "拒");
        // the office and secrecy reviewers open and decide the other unit's item waiting at their level
        row(Action.REVIEW_PAGE,             "允/拒", "允/拒", "-/允", "-/允", "-/允", "-/允", "-/拒", "-/拒");
        row(Action.APPROVE,                 "拒/拒", "允/拒", "-/允", "-/允", "-/拒", "-/拒", "-/拒", "-/拒");
        row(Action.RETURN,                  "拒/拒", "允/拒", "-/允", "-/允", "-/拒", "-/拒", "-/拒", "-/拒");
        row(Action.OVERRIDE,                "拒/拒", "允/拒", "-/允", "-/允", "-/拒", "-/拒", "-/拒", "-/拒");
        row(Action.SITE_SETTINGS,           "允/拒", "拒/拒", "-/拒", "-/拒", "-/拒", "-/允", "-/拒", "-/拒");
        row(Action.SAVE_SITE_SETTINGS,      "允/拒", "拒/拒", "-/拒", "-/拒", "-/拒", "-/允", "-/拒", "-/拒");
        row(Action.CREATE_COLUMN,           "允/拒", "拒/拒", "-/拒", "-/拒", "-/拒", "-/允", "-/拒", "-/拒");
        row(Action.PUBLISHING_CONSOLE,      "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.REBUILD,                 "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.GREY_MODE,               "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.SEARCH_CONSOLE,          "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.REINDEX,                 "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.CHAIN_SETTINGS,          "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.SAVE_CHAIN,              "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.STAFF_PAGE,              "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.CREATE_STAFF,            "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒",    "拒");
        row(Action.ROLES_PAGE,              "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒");
        row(Action.ASSIGN_ROLE,             "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒");
        row(Action.POLICY_PAGE,             "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒");
        row(Action.SAVE_POLICY,             "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒");
        row(Action.WORDS_PAGE,              "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒");
        row(Action.ADD_WORD,                "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "拒");
        // trying the checks reads no unit's data and changes nothing: open to every staff member
        row(Action.TRY_PAGE,                "允",    "允",    "允",    "允",    "允",    "允",    "允",    "允");
        row(Action.TRY_CHECK,               "允",    "允",    "允",    "允",    "允",    "允",    "允",    "允");
        row(Action.CHECKS_API,              "允",    "允",    "允",    "允",    "允",    "允",    "允",    "允");
        row(Action.AUDIT_PAGE,              "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允");
        row(Action.AUDIT_VERIFY,            "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允");
        row(Action.AUDIT_EXPORT,            "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允");
        row(Action.SIGN_INS,                "拒",    "拒",    "拒",    "拒",    "拒",    "拒",    "允",    "允");
    }

    private static void row(Action action, String... cells) {
        if (cells.length != ROLES.length) {
            throw new IllegalStateException(action + " needs one cell per role");
        }
        TABLE.put(action, cells);
    }

    enum Scope {
        OWN("本单位"), OTHER("他单位"), GROUP("全站");

        final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    record Cell(StaffRole role, Action action, Scope scope, boolean allowed) {

        String name() {
            return role + " × " + action.label + " × " + scope.label + " → " + (allowed ? "200/302" : "403");
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ContentEditing editing;
    @Autowired
    ContentQueries queries;
    @Autowired
    AuditLog auditLog;
    @Autowired
    SecurityPolicies policies;
    @Autowired
    GreyMode grey;
    @Autowired
    ContentChecks checks;

    /** One world for the whole class, made once inside the shared application context. */
    private static World world;

    /** Two units with sites, the offices of the chain, one account per role and the items the actions work on. */
    final class World {
        final Site siteA;
        final Site siteB;
        final Site chainSite;
        final Column columnA;
        final Column columnB;
        final Map<StaffRole, StaffUser> actors = new EnumMap<>(StaffRole.class);
        final StaffUser editorB;
        final StaffUser leaderB;
        final StaffUser roleTarget;
        final long draftA;
        final long draftB;
        /** Items waiting at a level, shared by the cells that must not change them: [unit A or B][level]. */
        final Map<String, Long> waiting = new java.util.HashMap<>();

        World() throws Exception {
            asSystem();
            ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staff);
            ReviewFixtures reviewers = new ReviewFixtures(siteAdministration, directory, staff);
            reviewers.offices();
            siteA = fixtures.site();
            siteB = fixtures.site();
            chainSite = fixtures.site();
            columnA = fixtures.column(siteA, ColumnKind.NEWS);
            columnB = fixtures.column(siteB, ColumnKind.NEWS);
            actors.put(StaffRole.EDITOR, fixtures.editorOf(siteA));
            actors.put(StaffRole.UNIT_REVIEWER, reviewers.unitReviewerOf(siteA));
            actors.put(StaffRole.OFFICE_REVIEWER, reviewers.officeReviewer(reviewers.governmentOffice()));
            actors.put(StaffRole.SECRECY_REVIEWER, reviewers.secrecyReviewer());
            for (StaffRole group : List.of(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR,
                    StaffRole.SECURITY_ADMINISTRATOR, StaffRole.AUDIT_ADMINISTRATOR)) {
                actors.put(group, groupMember(group));
            }
            editorB = fixtures.editorOf(siteB);
            leaderB = reviewers.unitReviewerOf(siteB);
            roleTarget = fixtures.editorOf(siteB);
            draftA = editing.createDraft(ContentDraft.of(columnA.id(), "甲单位草稿", "<p>草稿正文</p>", "2026-11-20 09:30"));
            draftB = editing.createDraft(ContentDraft.of(columnB.id(), "乙单位草稿", "<p>草稿正文</p>", "2026-11-20 09:30"));
            waiting.put("A1", waitingAt(true, 1));
            for (int level = 1; level <= 3; level++) {
                waiting.put("B" + level, waitingAt(false, level));
            }
        }

        private StaffUser groupMember(StaffRole role) {
            IssuedPassword issued = staff.create(new NewStaff(ConsoleFixtures.code(role.name().substring(0, 2).toLowerCase()),
                    "矩阵" + role.name(), role, null));
            staff.changePassword(issued.account().id(), issued.temporaryPassword(), ConsoleFixtures.PASSWORD,
                    ConsoleFixtures.PASSWORD);
            return StaffUser.of(staff.account(issued.account().id()).orElseThrow());
        }

        /** A new item of unit A or B, submitted by its editor and approved up to the given level (1 = the unit's). */
        long waitingAt(boolean unitA, int level) throws Exception {
            Site site = unitA ? siteA : siteB;
            Column column = unitA ? columnA : columnB;
            StaffUser editor = unitA ? actors.get(StaffRole.EDITOR) : editorB;
            String location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                            .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(column.id()))
                            .param("title", "待审稿件" + ConsoleFixtures.code("t")).param("bodyHtml", "<p>审核正文</p>")
                            .param("publishedAt", "2026-11-20 09:30").param("category", "GOVERNMENT")
                            .param("then", "submit"))
                    .andReturn().getResponse().getRedirectedUrl();
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            StaffUser[] chain = {unitA ? actors.get(StaffRole.UNIT_REVIEWER) : leaderB,
                    actors.get(StaffRole.OFFICE_REVIEWER)};
            for (int l = 1; l < level; l++) {
                int status = ReviewFixtures.approve(mvc, chain[l - 1], id, 1).andReturn().getResponse().getStatus();
                assertThat(status).as("approving level " + l + " of the fixture item").isEqualTo(302);
            }
            asSystem();
            return id;
        }

        Site site(Scope scope) {
            return scope == Scope.OWN ? siteA : siteB;
        }

        Column column(Scope scope) {
            return scope == Scope.OWN ? columnA : columnB;
        }

        long draft(Scope scope) {
            return scope == Scope.OWN ? draftA : draftB;
        }

        /** The review level the role decides at; the others are tried on the item waiting for the unit's leader. */
        int level(StaffRole role) {
            return role == StaffRole.OFFICE_REVIEWER ? 2 : role == StaffRole.SECRECY_REVIEWER ? 3 : 1;
        }

        /** An allowed decision changes its item, so it gets a new one; every other cell shares one. */
        long reviewed(Cell cell) throws Exception {
            if (cell.allowed() && cell.action().post) {
                return waitingAt(cell.scope() == Scope.OWN, level(cell.role()));
            }
            return waiting.get((cell.scope() == Scope.OWN ? "A" : "B") + level(cell.role()));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRoleTimesEveryActionTimesOwnAndOtherUnit() throws Exception {
        synchronized (RoleMatrixTest.class) {
            if (world == null) {
                world = new World();
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<Action, String[]> row : TABLE.entrySet()) {
            for (int i = 0; i < ROLES.length; i++) {
                String cell = row.getValue()[i];
                if (cell.contains("/")) {
                    String[] ownOther = cell.split("/");
                    if (!NONE.equals(ownOther[0])) {
                        cells.add(new Cell(ROLES[i], row.getKey(), Scope.OWN, ALLOWED.equals(ownOther[0])));
                    }
                    cells.add(new Cell(ROLES[i], row.getKey(), Scope.OTHER, ALLOWED.equals(ownOther[1])));
                } else {
                    cells.add(new Cell(ROLES[i], row.getKey(), Scope.GROUP, ALLOWED.equals(cell)));
                }
            }
        }
        assertThat(TABLE).as("every action has a row").hasSize(Action.values().length);
        return cells.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Cell cell) throws Exception {
        World w = world;
        StaffUser who = w.actors.get(cell.role());
        Target target = target(cell);
        asSystem();
        Object before = target.state().get();
        long lastSeq = auditLog.latest(1).get(0).seq();

        int status = mvc.perform(target.request().with(as(who)).with(csrf())).andReturn().getResponse().getStatus();
        asSystem();

        if (cell.allowed()) {
            assertThat(status).as(cell.name()).isIn(200, 302);
            if (cell.action() == Action.REBUILD || cell.action() == Action.REINDEX) {
                // the tests after this one expect an idle console, not the rebuild this cell started
                untilIdle(cell.action() == Action.REBUILD ? "/admin/publishing" : "/admin/search", who);
            }
            return;
        }
        assertThat(status).as(cell.name()).isEqualTo(403);
        if (cell.action().post) {
            assertThat(target.state().get()).as("nothing changed: " + cell.name()).isEqualTo(before);
            List<AuditRecord> since = auditLog.latest(200).stream().filter(r -> r.seq() > lastSeq)
                    .filter(r -> Objects.equals(r.actorId(), who.accountId())).toList();
            assertThat(since).as("refusal audited: " + cell.name())
                    .anyMatch(r -> r.outcome() == AuditRecord.Outcome.REFUSED);
            assertThat(since).as("no change audited: " + cell.name())
                    .noneMatch(r -> r.outcome() == AuditRecord.Outcome.DONE);
        }
    }

    private void untilIdle(String console, StaffUser admin) throws Exception {
        for (int i = 0; i < 600; i++) {
            String page = mvc.perform(get(console).with(as(admin))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (!page.contains("http-equiv=\"refresh\"")) {
                asSystem();
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(console + " still busy after a minute");
    }

    /** The request a cell sends, and what it would have changed (compared before and after a refused POST). */
    record Target(AbstractMockHttpServletRequestBuilder<?> request, Supplier<Object> state) {
    }

    private Target target(Cell cell) throws Exception {
        World w = world;
        Scope scope = cell.scope();
        Site site = w.site(scope);
        long draft = w.draft(scope);
        Supplier<Object> nothing = () -> "";
        Supplier<Object> item = () -> itemState(draft);
        return switch (cell.action()) {
            case LIST_CONTENT -> new Target(get("/admin/content").param("site", String.valueOf(site.id())), nothing);
            case OPEN_ITEM -> new Target(get("/admin/content/" + draft), nothing);
            case CREATE_ITEM -> new Target(post("/admin/content").param("site", String.valueOf(site.id()))
                    .param("columnId", String.valueOf(w.column(scope).id())).param("title", "矩阵新稿")
                    .param("bodyHtml", "<p>正文</p>").param("publishedAt", "2026-11-20 09:30"),
                    () -> queries.countForEditors(List.of(site.id()), null, null));
            case SAVE_ITEM -> new Target(saveForm(post("/admin/content/" + draft), w.column(scope), "矩阵改稿"), item);
            case UPLOAD_ATTACHMENT -> new Target(multipart("/admin/content/" + draft + "/attachments")
                    .file(new MockMultipartFile("file", "矩阵附件.pdf", "application/pdf", PDF)),
                    () -> itemState(draft) + queries.attachments(List.of(draft)).toString());
            case PREVIEW -> new Target(get("/admin/content/" + draft + "/preview"), nothing);
            case SUBMIT -> new Target(saveForm(post("/admin/content/" + draft), w.column(scope), "矩阵提交")
                    .param("then", "submit"), item);
            case REQUEST_WITHDRAWAL -> new Target(post("/admin/content/" + draft + "/withdrawal")
                    .param("reason", "矩阵撤稿"), item);
            case REVIEW_QUEUE -> new Target(get("/admin/review"), nothing);
            case REVIEW_PAGE -> new Target(get("/admin/review/items/" + w.reviewed(cell)), nothing);
            case APPROVE, RETURN, OVERRIDE -> {
                long id = w.reviewed(cell);
                String path = switch (cell.action()) {
                    case APPROVE -> "approve";
                    case RETURN -> "return";
                    default -> "override";
                };
                yield new Target(post("/admin/review/items/" + id + "/" + path).param("version", "1")
                        .param("reason", "矩阵审核意见"), () -> itemState(id));
            }
            case SITE_SETTINGS -> new Target(get("/admin/sites/" + site.id()), nothing);
            case SAVE_SITE_SETTINGS -> new Target(post("/admin/sites/" + site.id()).param("siteName", "矩阵改名")
                    .param("primaryColor", Site.Theme.DEFAULT_COLOR), () -> directory.site(site.id()).orElseThrow());
            case CREATE_COLUMN -> new Target(post("/admin/sites/" + site.id() + "/columns")
                    .param("code", ConsoleFixtures.code("mc")).param("name", "矩阵栏目").param("kind", "NEWS")
                    .param("sortOrder", "0"), () -> directory.columns(site.id()).size());
            case PUBLISHING_CONSOLE -> new Target(get("/admin/publishing"), nothing);
            case REBUILD -> new Target(post("/admin/publishing/rebuild"), nothing);
            case GREY_MODE -> {
                GreyModeSetting s = grey.setting();
                yield new Target(post("/admin/publishing/grey").param("mode", s.mode().name()), () -> grey.setting().mode());
            }
            case SEARCH_CONSOLE -> new Target(get("/admin/search"), nothing);
            case REINDEX -> new Target(post("/admin/search/reindex"), nothing);
            case CHAIN_SETTINGS -> new Target(get("/admin/review/chains"), nothing);
            case SAVE_CHAIN -> new Target(post("/admin/review/chains/edit").param("site", String.valueOf(w.chainSite.id()))
                    .param("column", "0"), nothing);
            case STAFF_PAGE -> new Target(get("/admin/staff"), nothing);
            case CREATE_STAFF -> new Target(post("/admin/staff").param("username", ConsoleFixtures.code("mx"))
                    .param("displayName", "矩阵新人").param("role", ""), () -> staff.accounts().size());
            case ROLES_PAGE -> new Target(get("/admin/security/roles"), nothing);
            case ASSIGN_ROLE -> new Target(post("/admin/security/roles/" + w.roleTarget.accountId())
                    .param("role", StaffRole.EDITOR.name()),
                    () -> staff.account(w.roleTarget.accountId()).map(a -> a.role() + "@" + a.unitId()).orElseThrow());
            case POLICY_PAGE -> new Target(get("/admin/security/policy"), nothing);
            case SAVE_POLICY -> new Target(policyForm(policies.current()), policies::current);
            case WORDS_PAGE -> new Target(get("/admin/checks/words"), nothing);
            case ADD_WORD -> new Target(post("/admin/checks/words").param("kind", "SENSITIVE")
                    .param("word", PROBE_WORD + cell.role().ordinal()),
                    () -> checks.check(CheckSubject.of(null, "", "<p>" + PROBE_WORD + cell.role().ordinal() + "</p>"))
                            .findings().size());
            case TRY_PAGE -> new Target(get("/admin/checks/try"), nothing);
            case TRY_CHECK -> new Target(post("/admin/checks/try").param("title", "标题").param("body", "<p>正文</p>"),
                    nothing);
            case CHECKS_API -> new Target(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"标题\",\"body\":\"<p>正文</p>\"}"), nothing);
            case AUDIT_PAGE -> new Target(get("/admin/audit"), nothing);
            case AUDIT_VERIFY -> new Target(post("/admin/audit/verify"), nothing);
            case AUDIT_EXPORT -> new Target(get("/admin/audit/export.xlsx"), nothing);
            case SIGN_INS -> new Target(get("/admin/sign-ins"), nothing);
        };
    }

    private static MockHttpServletRequestBuilder saveForm(MockHttpServletRequestBuilder request, Column column, String title) {
        return request.param("columnId", String.valueOf(column.id())).param("title", title)
                .param("bodyHtml", "<p>改过的正文</p>").param("publishedAt", "2026-11-20 09:30").param("category", "GOVERNMENT");
    }

    private static MockHttpServletRequestBuilder policyForm(SecurityPolicy p) {
        MockHttpServletRequestBuilder r = post("/admin/security/policy")
                .param("minLength", String.valueOf(p.password().minLength()))
                .param("expiryDays", String.valueOf(p.expiryDays())).param("historyCount", String.valueOf(p.historyCount()))
                .param("lockoutThreshold", String.valueOf(p.lockoutThreshold()))
                .param("lockoutMinutes", String.valueOf(p.lockoutMinutes()))
                .param("sessionIdleMinutes", String.valueOf(p.sessionIdleMinutes()));
        if (p.password().mixedCase()) {
            r.param("mixedCase", "true");
        }
        if (p.password().symbol()) {
            r.param("symbol", "true");
        }
        if (p.totpRequiredForAdministrators()) {
            r.param("totpRequired", "true");
        }
        return r;
    }

    private String itemState(long id) {
        return queries.item(id).map(i -> i.status() + "/" + i.version()).orElse("") + " "
                + queries.latestVersion(id).map(i -> i.latestVersion() + "/" + i.title() + "/" + i.status()).orElse("");
    }

    /** Service calls of the test itself run as the system, never as the last request's staff member. */
    private static void asSystem() {
        SecurityContextHolder.clearContext();
        TestSecurityContextHolder.clearContext();
    }
}
