/**
 * The audit log: every change and decision with who, when, from where and what, append-only in a hash chain
 * (each record's hash covers the previous one) so that tampering with a stored row is detectable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.zhengwu.audit;
