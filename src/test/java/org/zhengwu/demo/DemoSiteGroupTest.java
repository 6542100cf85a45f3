package org.zhengwu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.OwnDatabase;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentSummary;
import org.zhengwu.content.PolicyMetadata;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.sites.UnitKind;

/** The demo on an empty group of its own: what a visitor of the new installation finds, and that it happens once. */
@ZhengwuTest
class DemoSiteGroupTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_demo");
    }

    @Autowired
    DemoSiteGroup demo;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentQueries content;
    @Autowired
    DataDirectory data;
    @Autowired
    MockMvc mvc;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    Letters letters;
    @Autowired
    org.zhengwu.services.ServiceItems serviceItems;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.zhengwu.cases.WorkingDays workingDays;
    @Autowired
    org.zhengwu.supervision.internal.inspection.Inspection inspection;
    @Autowired
    org.zhengwu.supervision.internal.crawl.LinkCrawl crawl;

    @Test
    void anEmptyGroupGetsTheDemoCityOnceAndASecondRunChangesNothing() throws Exception {
        DemoSiteGroup.Created created = demo.createIfEmpty().orElseThrow();

        assertThat(created.city()).isEqualTo("清河市");
        assertThat(directory.sites()).extracting(Site::code).containsExactly("www", "fgw", "jyj", "sthjj", "cgz", "hxjd");
        Site portal = directory.portal().orElseThrow();
        assertThat(portal.code()).isEqualTo("www");
        assertThat(portal.sortOrder()).isZero();
        assertThat(directory.unit(portal.unitId()).orElseThrow().kind()).isEqualTo(UnitKind.PORTAL);
        assertThat(directory.units()).extracting(Unit::kind).containsOnly(UnitKind.PORTAL, UnitKind.DEPARTMENT, UnitKind.TOWNSHIP,
                        UnitKind.PARTY_OFFICE, UnitKind.SECRECY_OFFICE)
                .filteredOn(k -> k == UnitKind.DEPARTMENT).hasSize(3);
        // the offices of the standard review chain review every unit's content and need no site of their own
        assertThat(directory.units()).filteredOn(u -> u.kind() == UnitKind.PARTY_OFFICE || u.kind() == UnitKind.SECRECY_OFFICE)
                .extracting(Unit::name).containsExactly("中共清河市委办公室", "清河市保密办");
        // 城关镇 and 河西街道 with their sites, 石桥镇 (for the e-commerce stations) without
        assertThat(directory.units()).filteredOn(u -> u.kind() == UnitKind.TOWNSHIP).hasSize(3);
        // the e-commerce stations: the center, three township stations, five village points; two months of reports
        // (nine, then seven) and five prices reported
        assertThat(jdbc.sql("SELECT level, COUNT(*) FROM ec_station GROUP BY level ORDER BY level")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list())
                .containsExactly("COUNTY=1", "TOWNSHIP=3", "VILLAGE=5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_submission WHERE subject_id > 0 AND state IN "
                + "('SUBMITTED', 'APPROVED')").query(Long.class).single()).isEqualTo(16);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ec_market_info").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ec_station_check").query(Long.class).single()).isEqualTo(40);
        assertThat(portal.footer().icpRecord()).contains("ICP备").contains("示例");
        assertThat(directory.sites()).allSatisfy(s -> {
            assertThat(s.footer().siteIdentifier()).contains("示例");
            assertThat(s.footer().sponsor()).isNotBlank();
            List<Column> columns = directory.columns(s.id());
            assertThat(columns.get(0).kind()).isEqualTo(ColumnKind.NEWS);
            assertThat(columns).extracting(Column::name).contains("通知公告", "机构概况", "领导信息", "机构职能");
            assertThat(directory.path(directory.column(s.id(), "leaders").orElseThrow().id())).extracting(Column::code)
                    .containsExactly("about", "leaders");
            columns.stream().filter(c -> c.kind() == ColumnKind.PAGE)
                    .forEach(page -> assertThat(content.countPublished(page.id())).as(s.code() + "/" + page.code()).isEqualTo(1));
        });

        List<Long> columnIds = directory.sites().stream().flatMap(s -> directory.columns(s.id()).stream()).map(Column::id).toList();
        int published = columnIds.stream().mapToInt(content::countPublished).sum();
        assertThat(published).isEqualTo(created.items()).isBetween(40, 60);

        // the pinned notice heads the portal's notice list
        Column notices = directory.column(portal.id(), "notice").orElseThrow();
        ContentSummary first = content.publishedPage(notices.id(), 0, 10).get(0);
        assertThat(first.pinned()).isTrue();
        assertThat(first.title()).contains("民生实事");

        // policy documents carry their disclosure metadata; interpretations point to them
        List<ContentItem> policies = itemsOfKind(ColumnKind.POLICY);
        assertThat(policies).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> {
            PolicyMetadata m = p.policy();
            assertThat(m.issuingAuthority()).isNotBlank();
            assertThat(m.documentNo()).matches("清\\S+〔2026〕\\d+号");
            assertThat(m.writtenDate()).isNotNull();
            assertThat(m.topicCategory()).isNotBlank();
            assertThat(m.validity()).isEqualTo(PolicyMetadata.Validity.VALID);
            assertThat(m.indexNo()).isNotBlank();
            assertThat(content.interpretationsOf(p.id())).isNotEmpty();
        });
        assertThat(policies).extracting(p -> p.policy().documentNo()).contains("清政办发〔2026〕3号");
        assertThat(itemsOfKind(ColumnKind.INTERPRETATION)).isNotEmpty().allSatisfy(i -> assertThat(i.interpretsId()).isNotNull());

        // photo news shows its picture, which is where the cover points
        List<ContentItem> photos = itemsOfKind(ColumnKind.PHOTO);
        assertThat(photos).isNotEmpty().allSatisfy(p -> {
            assertThat(p.coverImage()).startsWith("/uploads/demo/");
            assertThat(p.bodyHtml()).contains("<img").contains("alt=\"");
            assertThat(Files.isRegularFile(data.uploads().resolve(p.coverImage().substring("/uploads/".length())))).isTrue();
        });

        // the interaction hall's surveys: one open, one solicitation whose results and feedback are out
        String list = mvc.perform(get("/hdjl/survey")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("清河市公共交通出行满意度调查").contains("《清河市城区养犬管理规定（征求意见稿）》公开征求意见");
        String results = list.replaceAll("(?s).*href=\"(/hdjl/survey/\\d+/results)\".*", "$1");
        assertThat(mvc.perform(get(results)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("参与人数：6人。").contains("共收到意见6条。").contains("采纳意见4条")
                .contains("<tr><th scope=\"row\">A. 赞成</th><td>3</td><td>50%</td></tr>");
        // the service hall: complete guides of several units online, one still being written kept offline
        mvc.perform(get("/api/v1/service-items")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(12));
        assertThat(serviceItems.find(org.zhengwu.services.ServiceItemFilter.online(1, 100)).items())
                .allSatisfy(i -> assertThat(i.completeness().complete()).as(i.code()).isTrue())
                .hasSize(12).extracting(i -> i.unitId())
                .containsOnly(units("szfbgt", "jyj", "fgw", "sthjj", "cgz", "hxjd"));
        // applications in different states on three items' forms, one awaiting the applicant's 补正, one suspended
        assertThat(jdbc.sql("SELECT state FROM application ORDER BY id").query(String.class).list())
                .containsExactly("SUBMITTED", "CORRECTION", "DONE", "REVIEW", "REFUSED_INTAKE", "DONE", "SUSPENDED");
        // the one under review came in weeks ago and is past its promised limit: the queue shows it 已超期
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_record WHERE type_code = 'application' AND phase = 'OPEN' "
                + "AND deadline < ?").param(java.time.LocalDate.now(clock)).query(Long.class).single()).isEqualTo(1);
        // the petition office's work: last month's screening round (two of four units reported, one of them nil)
        // and a sensitive period whose roster leaves one unit a day without anyone on duty
        assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_report WHERE submitted_at IS NOT NULL").query(Long.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_report WHERE nil_report").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM duty_entry").query(Long.class).single()).isEqualTo(3 * 5 - 1);
        // 好差评: one rated 非常满意, one 不满意 with its rectification closed by a return visit; both in the figures
        assertThat(jdbc.sql("SELECT level FROM application_rating ORDER BY level").query(String.class).list())
                .containsExactly("DISSATISFIED", "VERY_SATISFIED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rectification WHERE closed_at IS NOT NULL").query(Long.class).single())
                .isEqualTo(1);
        assertThat(mvc.perform(get("/bsfw/stats")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("50.0%");
        assertThat(mvc.perform(get("/bsfw/handled")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("陈*", "周*", "准予", "不予")
                .doesNotContain("陈静", "周芳");
        mvc.perform(get("/bsfw/apply/QH-CGZ-0001")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("配偶身份证号码")));
        org.zhengwu.services.ServiceItem draft = serviceItems.byCode("QH-HXJD-0001").orElseThrow();
        assertThat(draft.online()).isFalse();
        assertThat(draft.completeness().missing()).isNotEmpty();
        // the interaction hall: the city's mailboxes, and made-up letters in different states that can be looked up
        assertThat(mailboxes.enabled()).extracting(Mailbox::kind).containsExactly(MailboxKind.MAYOR, MailboxKind.LEADER,
                MailboxKind.HOTLINE_12345, MailboxKind.CONSULTATION, MailboxKind.COMPLAINT, MailboxKind.SUGGESTION);
        assertThat(mailboxes.byCode("12345").orElseThrow().answerDays()).isEqualTo(5);
        assertThat(mailboxes.byCode("leader-zhou").orElseThrow().leaderName()).isEqualTo("周晓宁");
        assertThat(created.mailboxes()).isEqualTo(6);
        assertThat(created.letters()).hasSize(8).allSatisfy(r -> assertThat(r.queryCode()).matches("[2-9A-Z]{8}"));
        assertThat(created.letters().stream().map(r -> letters.status(r.trackingNumber()).orElseThrow().state()))
                .containsExactly(LetterState.RECEIVED, LetterState.ASSIGNED, LetterState.ANSWERED,
                        LetterState.ANSWER_IN_REVIEW, LetterState.ANSWERED, LetterState.REFUSED, LetterState.ANSWERED,
                        LetterState.ANSWERED);
        // four answered public letters are on the portal, redacted: no writer's name, phone or house number
        String publicList = mvc.perform(get("/hdjl/letters")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(publicList).contains("孩子明年上小学需要准备哪些材料", "建议增加城区公共充电桩", "河西街道幸福路路灯不亮",
                "城区公共停车场收费标准是多少").doesNotContain("南关小区", "夜间施工", "刺鼻气味");
        assertThat(publishedLetter(publicList, "河西街道幸福路路灯不亮"))
                .contains("路灯已经坏了十多天", "已于3个工作日内更换线路")
                .doesNotContain("王秀兰", "13800000006", "12号2单元");
        // and readable: no ordinary word masked as a name (车有 of 新能源车有没有优惠, 时需 of 报名时需准备)
        assertThat(publishedLetter(publicList, "城区公共停车场收费标准是多少")).contains("新能源车有没有优惠？")
                .contains("新能源汽车首2小时免费");
        assertThat(publishedLetter(publicList, "孩子明年上小学需要准备哪些材料")).contains("报名时需准备：儿童户口簿");
        assertThat(letters.status(created.letters().get(4).trackingNumber()).orElseThrow().unitName())
                .isEqualTo("清河市发展和改革委员会");
        // issue 12: the answered letters came in on past working days and took some days, so the hall's statistics
        // show a real average handling time (from assignment, the day a letter came in here, to the answer)
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Map<Integer, List<Integer>> handlingByYear = new java.util.TreeMap<>(); // early in January some fall last year
        for (var r : created.letters()) {
            var st = letters.status(r.trackingNumber()).orElseThrow();
            if (st.state() == LetterState.ANSWERED) {
                assertThat(st.submittedAt().toLocalDate()).isBefore(today.minusWeeks(1));
                handlingByYear.computeIfAbsent(st.answeredAt().getYear(), y -> new java.util.ArrayList<>())
                        .add(workingDays.workingDaysBetween(st.submittedAt().toLocalDate(), st.answeredAt().toLocalDate()));
            }
        }
        assertThat(handlingByYear.values().stream().flatMap(List::stream))
                .hasSize(4).allSatisfy(d -> assertThat(d).isBetween(2, 10));
        for (var year : handlingByYear.entrySet()) {
            double average = year.getValue().stream().mapToInt(Integer::intValue).average().orElseThrow();
            String figures = mvc.perform(get("/hdjl/statistics").param("year", String.valueOf(year.getKey())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(figures.substring(figures.indexOf("<tfoot>")))
                    .contains(String.format(java.util.Locale.ROOT, "<td class=\"num\">%.1f</td>", average))
                    .doesNotContain("<td class=\"num\">0.0</td>");
        }

        // petitions in every state of the flow, one of them overdue, and three key cases with leaders and reports
        assertThat(jdbc.sql("SELECT state FROM case_record WHERE type_code = 'petition'").query(String.class).list())
                .contains("DECIDING", "NOT_ACCEPTED", "HANDLING", "ANSWERED", "REVIEWING", "REVIEWED", "REEXAMINED",
                        "CONCLUDED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_record WHERE type_code = 'petition' AND phase = 'OPEN' "
                + "AND deadline < ?").param(today).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT leader_name FROM key_petition").query(String.class).list())
                .containsOnly("王建军", "李卫国").hasSize(3);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT petition_id) FROM key_petition_report").query(Long.class).single())
                .isEqualTo(3);

        int sites = directory.sites().size();
        assertThat(demo.createIfEmpty()).isEmpty();
        assertThat(directory.sites()).hasSize(sites);
        assertThat(columnIds.stream().mapToInt(content::countPublished).sum()).isEqualTo(published);

        // the self-inspection finds every site of the new demo healthy on the indicators of the platform's own data
        java.util.Set<org.zhengwu.supervision.internal.inspection.Indicator> own = java.util.EnumSet.of(
                org.zhengwu.supervision.internal.inspection.Indicator.HOME_NOT_UPDATED,
                org.zhengwu.supervision.internal.inspection.Indicator.COLUMNS_NOT_UPDATED,
                org.zhengwu.supervision.internal.inspection.Indicator.COLUMNS_LONG_STALE,
                org.zhengwu.supervision.internal.inspection.Indicator.BLANK_COLUMNS,
                org.zhengwu.supervision.internal.inspection.Indicator.LETTERS_UNANSWERED,
                org.zhengwu.supervision.internal.inspection.Indicator.GUIDES_INCOMPLETE,
                org.zhengwu.supervision.internal.inspection.Indicator.FOOTER_IDENTITY);
        assertThat(inspection.run()).filteredOn(r -> own.contains(r.indicator())).hasSize(sites * own.size())
                .allSatisfy(r -> assertThat(r.state()).as(r.siteCode() + " " + r.indicator() + ": " + r.summary()
                        + " " + r.offenders()).isEqualTo(org.zhengwu.supervision.internal.inspection.IndicatorState.HEALTHY));

        // and on its published pages, once publishing has written them: a crawl of the whole group finds no broken
        // link or image and no serious typo
        org.zhengwu.publishing.Fixture.awaitListenersDone(jdbc);
        crawl.run(null, "test");
        java.util.Set<org.zhengwu.supervision.internal.inspection.Indicator> pages = java.util.EnumSet.of(
                org.zhengwu.supervision.internal.inspection.Indicator.SERIOUS_ERRORS,
                org.zhengwu.supervision.internal.inspection.Indicator.BROKEN_LINKS);
        assertThat(inspection.run()).filteredOn(r -> pages.contains(r.indicator())).hasSize(sites * pages.size())
                .allSatisfy(r -> assertThat(r.state()).as(r.siteCode() + " " + r.indicator() + ": " + r.summary()
                        + " " + r.offenders()).isEqualTo(org.zhengwu.supervision.internal.inspection.IndicatorState.HEALTHY));
    }

    /** The page of the published letter the portal's list links with this subject. */
    private String publishedLetter(String publicList, String subject) throws Exception {
        String href = publicList.replaceAll("(?s).*href=\"(/hdjl/letters/[^\"]+)\"[^>]*>" + subject + ".*", "$1");
        return mvc.perform(get(href)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<ContentItem> itemsOfKind(ColumnKind kind) {
        return directory.sites().stream().flatMap(s -> directory.columns(s.id()).stream())
                .filter(c -> c.kind() == kind)
                .flatMap(c -> content.publishedOrder(c.id()).stream())
                .flatMap(id -> content.publishedItem(id).stream())
                .toList();
    }

    @Test
    void theDemoTextsAreWellFormed() {
        DemoDefinition definition = DemoDefinition.load(new org.springframework.core.io.ClassPathResource("demo/site-group.yaml"));
        assertThat(definition.sites()).allSatisfy(s -> assertThat(s.items()).allSatisfy(i -> {
            assertThat(i.title()).isNotBlank();
            assertThat(i.body()).as(i.title()).startsWith("<").doesNotContain("style=");
            assertThat(i.publishedAt()).matches("2026-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        }));
        assertThat(Stream.of(definition.city())).containsExactly("清河市");
    }

    private Long[] units(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> directory.units().stream().filter(u -> u.code().equals(c))
                .findFirst().orElseThrow().id()).toArray(Long[]::new);
    }
}
