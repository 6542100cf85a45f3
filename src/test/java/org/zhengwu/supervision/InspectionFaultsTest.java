package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.services.Guides;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.Offender;

/**
 * Each fault the platform's own data can show, planted on a site of its own: first the warning (with the day it
 * will trip), then the trip, with the inspection run at later days instead of waiting. National values throughout:
 * a warning period of 3 days.
 */
@ZhengwuTest
class InspectionFaultsTest {

    @Autowired
    InspectionFixtures fixtures;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    Letters letters;
    @Autowired
    ServiceItems items;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sixNewsColumnsLastUpdatedOnAFridayWarnOnTheTuesdayBeforeTheyGoStaleAndTripOnTheFriday() {
        Site site = fixtures.site();
        LocalDate friday = fixtures.today().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        List<Column> news = IntStream.range(0, 6).mapToObj(i -> fixtures.column(site, ColumnKind.NEWS, null)).toList();
        news.forEach(c -> fixtures.publish(c, friday));
        LocalDate staleFriday = friday.plusDays(14);

        IndicatorReading tuesday = fixtures.healthyThenWarned(site, Indicator.COLUMNS_NOT_UPDATED, staleFriday);
        assertThat(staleFriday.minusDays(3).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(tuesday.value()).isZero();
        assertThat(tuesday.summary()).contains(staleFriday.toString(), "6");
        assertThat(tuesday.offenders()).hasSize(6).extracting(Offender::fixPath)
                .containsExactlyInAnyOrderElementsOf(news.stream()
                        .map(c -> "/admin/content/new?site=" + site.id() + "&column=" + c.id()).toList());
        assertThat(tuesday.offenders().get(0).detail()).contains("最近更新 " + friday, "应每 14 天更新", staleFriday + " 起计入");

        IndicatorReading tripped = fixtures.tripped(site, Indicator.COLUMNS_NOT_UPDATED, staleFriday);
        assertThat(tripped.value()).isEqualTo(6);
        assertThat(tripped.threshold()).isEqualTo(6);
        assertThat(tripped.offenders().get(0).detail()).contains("已 14 天未更新，超过应更新周期 14 天");
    }

    @Test
    void fiveStaleNewsColumnsAreNotAVetoButANewOneOnTheHomePageIsStillCounted() {
        Site site = fixtures.site();
        LocalDate day = fixtures.today().minusDays(40);
        IntStream.range(0, 5).forEach(i -> fixtures.publish(fixtures.column(site, ColumnKind.NEWS, null), day));
        IndicatorReading r = fixtures.inspect(site, Indicator.COLUMNS_NOT_UPDATED, fixtures.today());
        assertThat(r.state()).isEqualTo(IndicatorState.HEALTHY);
        assertThat(r.value()).isEqualTo(5);
        assertThat(r.offenders()).hasSize(5);
    }

    @Test
    void columnsWithAnIntervalOfTheirOwnGoLongStaleAfterItAndElevenTrip() {
        Site site = fixtures.site();
        LocalDate day = fixtures.today().minusDays(60);
        List<Column> photos = IntStream.range(0, 11).mapToObj(i -> fixtures.column(site, ColumnKind.PHOTO, 30)).toList();
        photos.forEach(c -> fixtures.publish(c, day));
        // a photo column without an interval of its own is not expected to be updated at all
        fixtures.publish(fixtures.column(site, ColumnKind.PHOTO, null), day);

        assertThat(fixtures.healthyThenWarned(site, Indicator.COLUMNS_LONG_STALE, day.plusDays(30)).offenders())
                .hasSize(11);
        assertThat(fixtures.tripped(site, Indicator.COLUMNS_LONG_STALE, day.plusDays(30)).value()).isEqualTo(11);
    }

    @Test
    void blankColumnsWarnTheDayTheyAreFoundAndTripWhenTheWarningPeriodIsOver() {
        Site site = fixtures.site();
        List<Column> blank = IntStream.range(0, 6).mapToObj(i -> fixtures.column(site, ColumnKind.NOTICE, null)).toList();
        LocalDate found = fixtures.today();

        IndicatorReading first = fixtures.inspect(site, Indicator.BLANK_COLUMNS, found);
        assertThat(first.state()).isEqualTo(IndicatorState.WARNING);
        assertThat(first.tripsOn()).isEqualTo(found.plusDays(3));
        assertThat(first.offenders()).hasSize(6).allSatisfy(o -> assertThat(o.detail()).isEqualTo("有栏目名称，无任何内容"));
        // found on the first run: a later run remembers the day, it does not start the period again
        assertThat(fixtures.inspect(site, Indicator.BLANK_COLUMNS, found.plusDays(2)).tripsOn()).isEqualTo(found.plusDays(3));

        assertThat(fixtures.tripped(site, Indicator.BLANK_COLUMNS, found.plusDays(3)).value()).isEqualTo(6);

        fixtures.publish(blank.get(0), found.plusDays(3));
        IndicatorReading fixed = fixtures.inspect(site, Indicator.BLANK_COLUMNS, found.plusDays(4));
        assertThat(fixed.state()).isEqualTo(IndicatorState.HEALTHY);
        assertThat(fixed.value()).isEqualTo(5);
    }

    @Test
    void aLetterUnansweredForThreeMonthsWarnsThreeDaysBeforeAndThenTrips() {
        Site site = fixtures.site();
        Mailbox box = mailboxes.create(new MailboxDetails(ConsoleFixtures.code("insp"), "自查信箱", MailboxKind.CONSULTATION,
                "", null, site.unitId(), 15, 0));
        LetterReceipt letter = letters.submit(new NewLetter(box.code(), "王五", "13812345678", null, "路灯不亮",
                "小区门口路灯坏了一个月。", false, List.of()));
        LocalDate in = fixtures.today();

        IndicatorReading warning = fixtures.healthyThenWarned(site, Indicator.LETTERS_UNANSWERED, in.plusDays(90));
        assertThat(warning.offenders()).singleElement().satisfies(o -> {
            assertThat(o.label()).isEqualTo(letter.trackingNumber());
            assertThat(o.fixPath()).isEqualTo("/admin/letters/" + letter.trackingNumber());
            assertThat(o.detail()).contains(in + " 来信，至今未答复");
        });
        assertThat(fixtures.tripped(site, Indicator.LETTERS_UNANSWERED, in.plusDays(90)).value()).isEqualTo(1);
    }

    @Test
    void anOnlineItemWhoseGuideLostAnElementWarnsThenCosts() {
        Site site = fixtures.site();
        ServiceItem item = items.create(Guides.complete(Guides.code(), site.unitId()));
        items.putOnline(item.id());
        LocalDate day = fixtures.today();
        assertThat(fixtures.inspect(site, Indicator.GUIDES_INCOMPLETE, day).state()).isEqualTo(IndicatorState.HEALTHY);
        // the hall refuses to save an online item incomplete, so the fault is planted as old data would have it
        jdbc.sql("UPDATE service_item SET consultation_phone = '' WHERE id = ?").param(item.id()).update();

        IndicatorReading warning = fixtures.inspect(site, Indicator.GUIDES_INCOMPLETE, day.plusDays(1));
        assertThat(warning.state()).isEqualTo(IndicatorState.WARNING);
        assertThat(warning.tripsOn()).isEqualTo(day.plusDays(4));
        assertThat(warning.offenders()).singleElement().satisfies(o -> {
            assertThat(o.label()).isEqualTo("出生医学证明办理");
            assertThat(o.detail()).startsWith("办事指南缺少：").contains("咨询");
            assertThat(o.fixPath()).isEqualTo("/admin/services/" + item.id());
        });
        assertThat(fixtures.tripped(site, Indicator.GUIDES_INCOMPLETE, day.plusDays(4)).indicator().veto()).isFalse();
    }

    @Test
    void aFooterWithoutItsIdentityWarnsThenTripsNamingEachMissingField() {
        Site site = fixtures.site();
        LocalDate day = fixtures.today();
        IndicatorReading warning = fixtures.inspect(site, Indicator.FOOTER_IDENTITY, day);
        assertThat(warning.state()).isEqualTo(IndicatorState.WARNING);
        assertThat(warning.offenders()).extracting(Offender::label)
                .containsExactly("网站标识码", "ICP备案号", "公安机关备案号", "主办单位");
        assertThat(warning.offenders()).allSatisfy(o -> assertThat(o.fixPath()).isEqualTo("/admin/sites/" + site.id()));
        assertThat(fixtures.tripped(site, Indicator.FOOTER_IDENTITY, day.plusDays(3)).value()).isEqualTo(4);
    }

    @Test
    void aHomePageNotUpdatedForTwoWeeksWarnsThreeDaysBeforeAndTrips() {
        Site site = fixtures.site();
        LocalDate last = fixtures.today().minusDays(30);
        fixtures.publish(fixtures.column(site, ColumnKind.NEWS, null), last);

        IndicatorReading warning = fixtures.healthyThenWarned(site, Indicator.HOME_NOT_UPDATED, last.plusDays(14));
        assertThat(warning.value()).isEqualTo(11);
        assertThat(warning.offenders()).singleElement()
                .satisfies(o -> assertThat(o.fixPath()).isEqualTo("/admin/content/new?site=" + site.id()));
        assertThat(fixtures.tripped(site, Indicator.HOME_NOT_UPDATED, last.plusDays(14)).summary()).contains("已 14 天未更新");
    }
}
