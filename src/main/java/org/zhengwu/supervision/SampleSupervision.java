package org.zhengwu.supervision;

/**
 * Made-up supervision work for the demo city, by the system itself through the real steps at earlier moments: a
 * monthly report form with three months of reports (on time, late, returned, missing) and a few tasks of the work
 * report in every state and mark.
 */
public interface SampleSupervision {

    /** Creates them if the demo's units exist; returns how many reports and tasks were made. */
    int create();
}
