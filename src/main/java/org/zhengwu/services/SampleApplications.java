package org.zhengwu.services;

/**
 * Made-up applications for the demo (or a trial installation), by the system itself: forms for a few online items and
 * applications taken through the same intake and steps as real ones into different states, one awaiting 补正.
 */
public interface SampleApplications {

    /** Gives forms to the items of these codes that exist and takes applications in; returns how many. */
    int create();
}
