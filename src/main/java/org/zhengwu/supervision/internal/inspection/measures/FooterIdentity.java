package org.zhengwu.supervision.internal.inspection.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.inspection.Tally;

/** 网站标识: the footer must show the 网站标识码, the ICP and 公安 filing numbers and the organiser (主办单位). */
@Component
class FooterIdentity implements IndicatorMeasure {

    private final Tally tally;

    FooterIdentity(Tally tally) {
        this.tally = tally;
    }

    @Override
    public Indicator indicator() {
        return Indicator.FOOTER_IDENTITY;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        Site.FooterIdentity f = site.footer() == null ? Site.FooterIdentity.empty() : site.footer();
        Map<String, String> required = new LinkedHashMap<>();
        required.put("site.footer.site-identifier", f.siteIdentifier());
        required.put("site.footer.icp-record", f.icpRecord());
        required.put("site.footer.police-record", f.policeRecord());
        required.put("site.footer.sponsor", f.sponsor());
        List<Offender> missing = new ArrayList<>();
        required.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                missing.add(new Offender(tally.t(key), tally.t("inspection.footer.missing", tally.t(key)),
                        "/admin/sites/" + site.id()));
            }
        });
        return tally.count(indicator(), site, context, SuddenFaults.pending(indicator(), site, context, missing));
    }
}
