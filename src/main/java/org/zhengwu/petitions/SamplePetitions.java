package org.zhengwu.petitions;

import java.util.Map;

/** The demo's petitions: called once by the demo, as the system, when it creates the city. */
public interface SamplePetitions {

    /** Creates petitions in every state and a few key cases for the units with these codes; returns how many. */
    int create(Map<String, Long> units);
}
