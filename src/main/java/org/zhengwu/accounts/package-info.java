/**
 * Accounts: staff accounts (站群管理员 and 信息员) with Argon2id password hashes, sign-in with lockout after repeated
 * failures, forced password changes, the first administrator of a new installation, and the security filter chains
 * of the console and the public site. Other modules see the signed-in person only through
 * {@link org.zhengwu.platform.security.UnitScope}.
 */
package org.zhengwu.accounts;
