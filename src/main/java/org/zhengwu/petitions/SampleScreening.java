package org.zhengwu.petitions;

import java.util.List;

/**
 * A made-up screening round (排查化解) for the demo city, written by the system itself: last month's round for some
 * units, the first reporting two disputes, the second reporting nil (无矛盾纠纷), the others not yet reported.
 */
public interface SampleScreening {

    /** Creates the round for these units (at least three); returns its id. */
    long create(List<Long> unitIds);
}
