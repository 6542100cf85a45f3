/**
 * The console's information architecture: each module declares the console pages it offers
 * ({@link org.zhengwu.platform.console.ConsolePages}, grouped by {@link org.zhengwu.platform.console.ConsoleArea}) and
 * the person's work waiting for them ({@link org.zhengwu.platform.console.ConsoleTodos}); the shared layout builds the
 * side navigation, the breadcrumbs, the top bar's to-do count and the console home from them.
 */
package org.zhengwu.platform.console;
