package org.zhengwu.supervision.internal.inspection.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ColumnActivity;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.inspection.Tally;

/**
 * 空白栏目: a column with a title and nothing in it — no published item and no sub-column (a link column points
 * elsewhere and is never blank); veto above 5.
 */
@Component
class BlankColumns implements IndicatorMeasure {

    private final SiteDirectory sites;
    private final ContentQueries content;
    private final Tally tally;

    BlankColumns(SiteDirectory sites, ContentQueries content, Tally tally) {
        this.sites = sites;
        this.content = content;
        this.tally = tally;
    }

    @Override
    public Indicator indicator() {
        return Indicator.BLANK_COLUMNS;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        Map<Long, ColumnActivity> activity = content.columnActivity(site.id());
        List<Column> columns = sites.columns(site.id());
        Set<Long> parents = columns.stream().filter(c -> c.parentId() != null).map(Column::parentId)
                .collect(Collectors.toSet());
        List<Offender> blank = new ArrayList<>();
        for (Column c : columns) {
            ColumnActivity a = activity.get(c.id());
            if (c.kind() != ColumnKind.LINK && !parents.contains(c.id()) && (a == null || a.published() == 0)) {
                blank.add(new Offender(c.name(), tally.t("inspection.blank.detail"),
                        ColumnFreshness.newItemPath(site, c)));
            }
        }
        return tally.count(indicator(), site, context, SuddenFaults.pending(indicator(), site, context, blank));
    }
}
