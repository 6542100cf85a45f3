/**
 * Petition cases (信访): intake from every channel (a hall letter, a visit, a phone call, a transfer from above), the
 * statutory time limits of the 2022 regulations (信访工作条例) in calendar days, extension, review (复查) and
 * re-examination (复核), repeat detection, key cases with the leaders in charge (领导包案), screening rounds (排查化解)
 * and duty rosters for sensitive periods, and the figures per unit and month. Built on the case engine, beside the
 * interaction hall; petitioners' personal data is encrypted and shown only to the handling units, their supervisors
 * and the petition office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions")
package org.zhengwu.petitions;
