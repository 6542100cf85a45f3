package org.zhengwu.petitions;

import java.util.List;

/**
 * A made-up sensitive period with its duty roster for the demo city, written by the system itself: the coming five
 * days for some units, every unit on duty every day except the last unit, which left one day without anyone.
 */
public interface SampleDutyRoster {

    /** Creates the period for these units (at least two); returns its id. */
    long create(List<Long> unitIds);
}
