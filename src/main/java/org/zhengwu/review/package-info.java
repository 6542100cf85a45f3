/**
 * Review: the review chains configured per site and column (default: the unit's leader, then the Party or the
 * Government general office by the item's category, then the secrecy office), each item's way through its chain as
 * one state machine ({@code internal.ReviewWorkflow}), the reviewers' queues, decisions with their reasons, the diff a
 * reviewer sees, scheduled publishing and withdrawal (撤稿). Editors do not publish: an item goes online when the last
 * level approves it (or at its publish time). The module tells others through {@link org.zhengwu.review.ContentApproved}
 * and content's own {@code ContentPublished}/{@code ContentUnpublished}; a {@link org.zhengwu.review.SubmissionGate}
 * may stop a submission (the machine checks, when they are merged).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review chain")
package org.zhengwu.review;
