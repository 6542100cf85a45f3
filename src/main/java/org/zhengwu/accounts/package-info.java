/**
 * Accounts: staff accounts of every role and the separation of the three administrators (三员分立: system, security
 * and audit administrator), role assignment, the security policy (password rules, expiry, history, lockout, session
 * timeout, second factor), sign-in with a neutral refusal, a per-address throttle and an optional TOTP second factor,
 * the login history, the three administrators of a new installation, and the security filter chains of the console
 * and the public site. Other modules see the signed-in person only through
 * {@link org.zhengwu.platform.security.UnitScope}. See docs/adr/0005.
 */
package org.zhengwu.accounts;
