package org.zhengwu.sites.internal.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.UnitNames;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/** The unit named in the console's top bar. */
@Component
class SiteUnitNames implements UnitNames {

    private final SiteDirectory directory;

    SiteUnitNames(SiteDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<String> unitName(long unitId) {
        return directory.unit(unitId).map(Unit::name);
    }
}
