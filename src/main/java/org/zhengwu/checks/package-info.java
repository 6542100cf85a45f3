/**
 * Machine checks before review (机器检查): sensitive and banned words, typos and wrong fixed expressions, personal
 * data (ID-card, mobile and bank card numbers, also inside docx, xlsx and pdf attachments), and links and images that
 * are broken or lead to commercial sites. {@link org.zhengwu.checks.ContentChecks} is the one entry point; the word
 * lists are kept by the security administrator under {@code /admin/checks/words}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content checks")
package org.zhengwu.checks;
