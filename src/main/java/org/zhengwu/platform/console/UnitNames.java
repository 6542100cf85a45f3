package org.zhengwu.platform.console;

import java.util.Optional;

/** The name of a staff member's unit for the console's top bar; the sites module implements it. */
public interface UnitNames {

    Optional<String> unitName(long unitId);
}
