/**
 * The interaction hall (互动交流): mailboxes (the mayor's, the leaders', 12345, consultations, complaints,
 * suggestions), letters from submission through routing, answer, review, rating and publication, surveys and
 * solicitations (征集调查), and the Open311 GeoReport v2 API. Letters are cases of the case engine ({@code cases}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interaction")
package org.zhengwu.interaction;
