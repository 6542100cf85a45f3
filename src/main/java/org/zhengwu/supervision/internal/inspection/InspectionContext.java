package org.zhengwu.supervision.internal.inspection;

import java.time.Instant;

/** What a measurement needs from the inspection run: its moment (the application clock) and the settings. */
public interface InspectionContext {

    Instant now();

    /** The figure at which the indicator trips (the national value unless the supervisors changed it). */
    double threshold(Indicator indicator);

    /** How many days ahead a coming trip is announced as a warning. */
    int warningDays();
}
