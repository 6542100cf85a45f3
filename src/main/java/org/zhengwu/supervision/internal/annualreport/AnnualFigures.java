package org.zhengwu.supervision.internal.annualreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseFigures;
import org.zhengwu.content.PublicationFigures;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.PublishedLetterFilter;
import org.zhengwu.interaction.PublishedLetters;
import org.zhengwu.interaction.SurveyFigures;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.services.ServiceHallFigures;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.visits.VisitCounter;
import org.zhengwu.supervision.internal.visits.VisitTotals;

/**
 * The fields of a site's annual report that the platform knows, from the other modules' public queries. A unit's
 * site reports its own unit's letters, service items and applications; the portal reports the whole group's, and
 * the hall's surveys (the group has one interaction hall, on the portal). Information published is counted by the
 * kind of its column: single pages are 概况类; news and photo columns 政务动态; notices, policies, interpretations
 * and downloads the 信息公开目录. 专栏专题 maintained are the site's columns that list items and got at least one in
 * the year; 解读材料 are the items of its interpretation columns. Service guides (GUIDE columns) count in the total
 * only, as none of the three kinds the template names.
 */
@Component
class AnnualFigures {

    private static final Set<ColumnKind> OVERVIEW = Set.of(ColumnKind.PAGE);
    private static final Set<ColumnKind> NEWS = Set.of(ColumnKind.NEWS, ColumnKind.PHOTO);
    private static final Set<ColumnKind> DISCLOSURE = Set.of(ColumnKind.NOTICE, ColumnKind.POLICY,
            ColumnKind.INTERPRETATION, ColumnKind.DOWNLOAD);

    private final SiteDirectory sites;
    private final PublicationFigures publications;
    private final CaseFigures cases;
    private final PublishedLetters publishedLetters;
    private final SurveyFigures surveys;
    private final ServiceHallFigures services;
    private final VisitCounter visits;
    private final ZhengwuProperties properties;
    private final java.time.Clock clock;

    AnnualFigures(SiteDirectory sites, PublicationFigures publications, CaseFigures cases,
                  PublishedLetters publishedLetters, SurveyFigures surveys, ServiceHallFigures services,
                  VisitCounter visits, ZhengwuProperties properties, java.time.Clock clock) {
        this.sites = sites;
        this.publications = publications;
        this.cases = cases;
        this.publishedLetters = publishedLetters;
        this.surveys = surveys;
        this.services = services;
        this.visits = visits;
        this.properties = properties;
        this.clock = clock;
    }

    /** The filled fields of the site's report for the year (the entered ones are absent). */
    Map<ReportField, String> of(Site site, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<ReportField, String> v = new EnumMap<>(ReportField.class);
        basics(site, v);
        VisitTotals seen = visits.totals(site.code(), from, to);
        put(v, ReportField.UNIQUE_VISITORS, seen.uniqueVisitors());
        put(v, ReportField.PAGE_VIEWS, seen.pageViews());
        information(site, from, to, v);
        Long unit = site.portal() ? null : site.unitId();
        letters(unit, from, to, v);
        SurveyFigures.Figures s = site.portal() ? surveys.of(from, to) : new SurveyFigures.Figures(0, 0, 0);
        put(v, ReportField.SURVEYS, s.surveys());
        put(v, ReportField.SURVEY_OPINIONS, s.responses());
        put(v, ReportField.SURVEY_RESULTS, s.resultsPublished());
        ServiceHallFigures.Figures f = services.of(unit, from, to);
        v.put(ReportField.SERVICE_CATALOGUE, f.onlineItems() > 0 ? "YES" : "NO");
        put(v, ReportField.SERVICE_ITEMS, f.onlineItems());
        put(v, ReportField.SERVICE_ONLINE_ITEMS, f.onlineApplication());
        put(v, ReportField.APPLICATIONS_TOTAL, f.applications());
        put(v, ReportField.APPLICATIONS_PERSONS, f.byPersons());
        put(v, ReportField.APPLICATIONS_LEGAL_PERSONS, f.byLegalPersons());
        v.put(ReportField.UNIFIED_PLATFORM, "YES"); // every site's letters go through the group's one hall
        return v;
    }

    private void basics(Site site, Map<ReportField, String> v) {
        Site.FooterIdentity footer = site.footer() == null ? Site.FooterIdentity.empty() : site.footer();
        v.put(ReportField.SITE_NAME, site.name());
        v.put(ReportField.HOME_URL, homeUrl(site));
        String unitName = sites.unit(site.unitId()).map(u -> u.name()).orElse("");
        v.put(ReportField.ORGANIZER, blank(footer.organizer()) ? unitName : footer.organizer());
        v.put(ReportField.SITE_TYPE, site.portal() ? "PORTAL" : "DEPARTMENT");
        v.put(ReportField.SITE_IDENTIFIER, nonNull(footer.siteIdentifier()));
        v.put(ReportField.ICP_RECORD, nonNull(footer.icpRecord()));
        v.put(ReportField.POLICE_RECORD, nonNull(footer.policeRecord()));
    }

    private String homeUrl(Site site) {
        if (!blank(site.host())) {
            return "https://" + site.host().toLowerCase(Locale.ROOT) + "/";
        }
        String base = properties.baseUrl().replaceAll("/+$", "");
        return site.portal() ? base + "/" : base + "/" + site.code() + "/";
    }

    private void information(Site site, LocalDate from, LocalDate to, Map<ReportField, String> v) {
        ZoneId zone = clock.getZone();
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Map<Long, Long> perColumn = publications.countByColumn(start, end);
        List<Column> columns = sites.columns(site.id());
        long total = 0, overview = 0, news = 0, disclosure = 0, interpretations = 0, maintained = 0;
        for (Column c : columns) {
            long n = perColumn.getOrDefault(c.id(), 0L);
            total += n;
            overview += OVERVIEW.contains(c.kind()) ? n : 0;
            news += NEWS.contains(c.kind()) ? n : 0;
            disclosure += DISCLOSURE.contains(c.kind()) ? n : 0;
            interpretations += c.kind() == ColumnKind.INTERPRETATION ? n : 0;
            maintained += c.kind().listsItems() && n > 0 ? 1 : 0;
        }
        put(v, ReportField.INFO_TOTAL, total);
        put(v, ReportField.INFO_OVERVIEW, overview);
        put(v, ReportField.INFO_NEWS, news);
        put(v, ReportField.INFO_DISCLOSURE, disclosure);
        put(v, ReportField.TOPICS_MAINTAINED, maintained);
        put(v, ReportField.INTERPRETATION_MATERIALS, interpretations);
    }

    private void letters(Long unit, LocalDate from, LocalDate to, Map<ReportField, String> v) {
        long received = 0, closed = 0;
        double days = 0;
        long timed = 0;
        for (CaseFigures.Figures f : cases.perUnit(Letters.CASE_TYPE, from, to)) {
            if (unit != null && !unit.equals(f.unitId())) {
                continue;
            }
            received += f.received();
            closed += f.closed();
            if (f.averageWorkingDaysToClose() != null && f.unitId() != null) {
                days += f.averageWorkingDaysToClose() * f.closed();
                timed += f.closed();
            }
        }
        put(v, ReportField.LETTERS_RECEIVED, received);
        put(v, ReportField.LETTERS_CLOSED, closed);
        v.put(ReportField.LETTERS_AVERAGE_DAYS, timed == 0 ? "0.0"
                : String.format(Locale.ROOT, "%.1f", days / timed));
        put(v, ReportField.LETTERS_PUBLISHED, publishedLetters.list(
                new PublishedLetterFilter(null, unit, from, to, 0, 1)).total());
    }

    private static void put(Map<ReportField, String> v, ReportField f, long n) {
        v.put(f, Long.toString(n));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }
}
