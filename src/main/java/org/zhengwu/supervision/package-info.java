/**
 * The supervision center (督查考核): continuous self-inspection of every site against the national indicators
 * (政府网站与政务新媒体检查指标), warnings before an indicator trips, scorecards, unit scores and rankings, bulletins,
 * manuscript fees, the annual website report and visit counts; periodic unit reporting, supervised tasks (督办),
 * the investment-promotion pipeline and the rural e-commerce stations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.zhengwu.supervision;
