/**
 * Publishing: renders the public pages of every site as static files (simplified script, and the traditional-script
 * mirror under {@code /zh-hant/}), knows which pages an item affects, serves them, rebuilds the whole group, and
 * switches the group to grey mode. It listens to the content and sites events; nothing calls it inline.
 */
package org.zhengwu.publishing;
