package org.zhengwu.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.platform.RuleViolation;

@ZhengwuTest
class SiteRulesTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    SiteAdministration admin;
    @Autowired
    SiteDirectory directory;

    static NewSite department(String code) {
        return new NewSite(code, "测试单位" + code, UnitKind.DEPARTMENT, code, "测试站点" + code, null, false,
                new Site.Theme(null, Site.Theme.DEFAULT_COLOR), Site.FooterIdentity.empty(), 0);
    }

    private String code() {
        return "rule" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private ColumnDetails column(Long parent, String code) {
        return new ColumnDetails(parent, code, "栏目" + code, ColumnKind.NEWS, 0, "张三", 7, null);
    }

    @Test
    void aDuplicateSiteCodeIsRefusedAndNothingIsSaved() {
        String code = code();
        admin.openSite(department(code));
        int before = directory.sites().size();
        NewSite again = new NewSite(code + "-u", "另一单位", UnitKind.TOWNSHIP, code, "重复", null, false,
                new Site.Theme(null, "#112233"), Site.FooterIdentity.empty(), 0);
        assertThatThrownBy(() -> admin.openSite(again)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).key()).isEqualTo("site.code.duplicate");
        assertThat(directory.sites()).hasSize(before);
        assertThat(directory.units()).noneMatch(u -> u.code().equals(code + "-u"));
    }

    @Test
    void aReservedOrMalformedCodeIsRefused() {
        assertThatThrownBy(() -> admin.openSite(department("admin"))).extracting(e -> ((RuleViolation) e).key())
                .isEqualTo("site.code.reserved");
        assertThatThrownBy(() -> admin.openSite(department("../etc"))).extracting(e -> ((RuleViolation) e).key())
                .isEqualTo("unit.code.invalid");
    }

    @Test
    void aDuplicateColumnCodeInTheSameSiteIsRefused() {
        Site site = admin.openSite(department(code()));
        admin.addColumn(site.id(), column(null, "news"));
        assertThatThrownBy(() -> admin.addColumn(site.id(), column(null, "news")))
                .extracting(e -> ((RuleViolation) e).key()).isEqualTo("column.code.duplicate");
        assertThat(directory.columns(site.id())).hasSize(1);
    }

    @Test
    void aColumnCannotBeMovedBelowItsOwnDescendant() {
        Site site = admin.openSite(department(code()));
        Column top = admin.addColumn(site.id(), column(null, "top"));
        Column middle = admin.addColumn(site.id(), column(top.id(), "middle"));
        Column leaf = admin.addColumn(site.id(), column(middle.id(), "leaf"));

        assertThatThrownBy(() -> admin.updateColumn(top.id(), column(leaf.id(), "top")))
                .extracting(e -> ((RuleViolation) e).key()).isEqualTo("column.parent.cycle");
        assertThatThrownBy(() -> admin.updateColumn(top.id(), column(top.id(), "top")))
                .extracting(e -> ((RuleViolation) e).key()).isEqualTo("column.parent.cycle");
        assertThat(directory.column(top.id()).orElseThrow().parentId()).isNull();
        assertThat(directory.path(leaf.id())).extracting(Column::code).containsExactly("top", "middle", "leaf");
    }

    @Test
    void aSiteIsFoundByItsOwnHostName() {
        String code = code();
        NewSite withHost = new NewSite(code, "单位", UnitKind.TOWNSHIP, code, "镇站", code + ".example.gov.cn", false,
                new Site.Theme(null, "#0055aa"), Site.FooterIdentity.empty(), 0);
        Site site = admin.openSite(withHost);
        assertThat(directory.siteByHost(code.toUpperCase() + ".EXAMPLE.GOV.CN")).contains(site);
    }
}
