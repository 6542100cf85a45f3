package org.zhengwu.supervision.internal.scores;

/**
 * What a unit did in a month, as the other modules count it: the raw figures its score is computed from.
 *
 * @param quota            the month's publishing quota (0: none)
 * @param published        items published with a date in the month
 * @param stretchesCovered of the month's four stretches, those with at least one item published
 * @param submitted        submissions to review in the month
 * @param returned         returns in review in the month
 * @param inspection       the unit's site's scorecard points, averaged over the month's weeks
 */
public record UnitMonth(long unitId, String unitName, String siteCode, int quota, long published,
                        int stretchesCovered, long submitted, long returned, long lettersAnswered,
                        long lettersOnTime, long letterRatings, long lettersSatisfied, long applicationsHandled,
                        long applicationsOnTime, long serviceRatings, long serviceGood, InspectionMonth inspection) {

    /** The site's points over the month, with the number of weeks they are the mean of (0: the latest results). */
    public record InspectionMonth(double points, int weeks, boolean measured) {
    }
}
